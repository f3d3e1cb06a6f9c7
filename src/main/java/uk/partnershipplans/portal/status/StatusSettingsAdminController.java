package uk.partnershipplans.portal.status;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import uk.partnershipplans.portal.shared.Forms;

/** Admins set the default tolerance of indicator statuses (under /admin, so for admins only). */
@Controller
@RequiredArgsConstructor
class StatusSettingsAdminController {

    private static final String PATH = "/admin/status-settings";
    private static final String VIEW = "status/admin/settings";

    private final StatusSettingsAdmin admin;

    @GetMapping(PATH)
    String edit(Model model) {
        model.addAttribute("form", admin.form());
        return VIEW;
    }

    @PostMapping(PATH)
    String save(@Valid @ModelAttribute("form") StatusSettingsForm form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> {
            admin.update(form);
            return PATH;
        }, admin::form).map(path -> "redirect:" + path).orElse(VIEW);
    }
}
