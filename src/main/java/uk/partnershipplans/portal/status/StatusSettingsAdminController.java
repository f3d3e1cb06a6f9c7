package uk.partnershipplans.portal.status;

import jakarta.validation.Valid;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.history.ChangeHistory.Track;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.history.HistoryPage;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Reaches;

/** Admins set the default tolerance of indicator statuses (under /admin, so for admins only). */
@Controller
@RequiredArgsConstructor
class StatusSettingsAdminController {

    private static final String PATH = "/admin/status-settings";
    private static final String VIEW = "status/admin/settings";

    private final StatusSettingsAdmin admin;
    private final Reaches reaches;
    private final ChangeHistory history;
    private final MessageSource messages;

    /** The settings hold for every partnership: only an admin of the whole installation keeps them. */
    @ModelAttribute
    void refuseUnlessInstallationAdmin() {
        if (!reaches.current().everywhere()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    @GetMapping(PATH)
    String edit(Model model) {
        model.addAttribute("form", admin.form());
        return VIEW;
    }

    @GetMapping(PATH + "/history")
    String history(@RequestParam(defaultValue = "1") int page, Model model) {
        String title = messages.getMessage("status.settings.title", null, LocaleContextHolder.getLocale());
        model.addAttribute("page", new HistoryPage(null, title, PATH, PATH + "/history",
                history.read(List.of(Track.of(StatusSettings.class, StatusSettings.ONLY_ROW)), Math.max(page, 1) - 1)));
        return "admin/history";
    }

    @PostMapping(PATH)
    String save(@Valid @ModelAttribute("form") StatusSettingsForm form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> {
            admin.update(form);
            return PATH;
        }, admin::form).map(path -> "redirect:" + path).orElse(VIEW);
    }
}
