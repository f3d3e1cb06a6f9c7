package uk.partnershipplans.portal.reporting.update;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.reporting.figures.FigureImportService;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.KeptContent;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.SavedVersion;

/**
 * The update form for its officer, the list of updates (and imports of figures) waiting for a decision, and the
 * decisions.
 */
@Controller
@RequiredArgsConstructor
class UpdateController {

    private static final String FORM_VIEW = "reporting/update-form";

    private final UpdateService service;
    private final UpdateHistory history;
    private final ChangeHistory changes;
    private final MessageSource messages;
    private final KeptContent kept;
    private final FigureImportService figureImports;

    @GetMapping("/updates/{id:\\d{1,18}}")
    String show(@PathVariable Long id, Authentication authentication, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return kept.personalPage(FORM_VIEW, model, request, response, authentication, () -> {
            UpdateService.Viewer viewer = service.viewer(authentication);
            model.addAttribute("form", service.form(id, viewer));
            model.addAttribute("decision", new DecisionForm());
            shown(id, viewer, model);
        });
    }

    @PostMapping("/updates/{id:\\d{1,18}}")
    String save(@PathVariable Long id, @Valid @ModelAttribute("form") UpdateForm form, BindingResult errors,
            @RequestParam(defaultValue = "draft") String action, Authentication authentication, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        UpdateService.Viewer viewer = service.viewer(authentication);
        boolean submit = "submit".equals(action);
        return Forms.save(errors, model, () -> {
            service.save(id, form, submit, viewer);
            return id;
        }, () -> SavedVersion.of(service.form(id, viewer), changes.lastSaved(ProgressUpdate.class, id))).map(saved -> {
            redirect.addFlashAttribute("savedMessage", text(submit ? "update.submitted" : "update.saved"));
            return submit ? "redirect:/" : "redirect:/updates/" + id;
        }).orElseGet(() -> {
            model.addAttribute("decision", new DecisionForm());
            return page(id, viewer, model, request, response);
        });
    }

    @GetMapping("/updates/{id:\\d{1,18}}/history")
    String history(@PathVariable Long id, Authentication authentication, Model model) {
        model.addAttribute("page", service.page(id, service.viewer(authentication)));
        model.addAttribute("versions", history.versions(id));
        return "reporting/update-history";
    }

    @GetMapping("/attachments/{id:\\d{1,18}}")
    ResponseEntity<byte[]> attachment(@PathVariable Long id, Authentication authentication) {
        UpdateService.Download file = service.download(id, service.viewer(authentication));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @GetMapping("/reviews")
    String reviews(Authentication authentication, Model model) {
        model.addAttribute("waiting", service.waiting(service.viewer(authentication)));
        model.addAttribute("importsWaiting", figureImports.waiting(authentication));
        return "reporting/update-reviews";
    }

    @PostMapping("/updates/{id:\\d{1,18}}/approve")
    String approve(@PathVariable Long id, @ModelAttribute("decision") DecisionForm decision, BindingResult errors,
            Authentication authentication, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        UpdateService.Viewer viewer = service.viewer(authentication);
        return decided(id, viewer, decision, errors, model, redirect, request, response, "update.approved", () -> {
            service.approve(id, decision.getVersion(), viewer);
            return id;
        });
    }

    @PostMapping("/updates/{id:\\d{1,18}}/return")
    String giveBack(@PathVariable Long id, @ModelAttribute("decision") DecisionForm decision, BindingResult errors,
            Authentication authentication, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        UpdateService.Viewer viewer = service.viewer(authentication);
        return decided(id, viewer, decision, errors, model, redirect, request, response, "update.returned", () -> {
            service.giveBack(id, decision.getVersion(), decision.getReturnComment(), viewer);
            return id;
        });
    }

    private String decided(Long id, UpdateService.Viewer viewer, DecisionForm decision, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response, String message,
            Supplier<Long> decide) {
        return Forms.save(errors, model, decide, () -> {
            // The saved version is the update itself, which the page shows; the decision keeps what was typed.
            DecisionForm saved = new DecisionForm();
            saved.setVersion(service.form(id, viewer).getVersion());
            saved.setReturnComment(decision.getReturnComment());
            return SavedVersion.of(saved, changes.lastSaved(ProgressUpdate.class, id));
        }).map(done -> {
            redirect.addFlashAttribute("savedMessage", text(message));
            return "redirect:/reviews";
        }).orElseGet(() -> {
            model.addAttribute("form", service.form(id, viewer));
            return page(id, viewer, model, request, response);
        });
    }

    /** The page answering a form: what was typed, and what was wrong with it. */
    private String page(Long id, UpdateService.Viewer viewer, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        shown(id, viewer, model);
        return kept.fresh(FORM_VIEW, model, request, response);
    }

    private void shown(Long id, UpdateService.Viewer viewer, Model model) {
        model.addAttribute("page", service.page(id, viewer));
        model.addAttribute("statuses", Arrays.stream(ReportedProgress.values())
                .map(status -> new Option(status.name(), text("admin.enum.ReportedProgress." + status.name()))).toList());
        model.addAttribute("provisionalChoice", List.of(new Option("true", text("update.provisional"))));
    }

    private String text(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
