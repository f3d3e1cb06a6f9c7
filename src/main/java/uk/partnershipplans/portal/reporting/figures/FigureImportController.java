package uk.partnershipplans.portal.reporting.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.partnershipplans.portal.reporting.figures.FigureImport.State;
import uk.partnershipplans.portal.reporting.figures.FigureImportStore.ShownProblem;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Refusal;

/**
 * Importing figures from a spreadsheet: the list of years to import for and of one's imports, a year's import page
 * with its templates, the upload, and an import's page (its check, its problems or rows, confirming it, and the
 * reviewer's decision).
 */
@Controller
@RequiredArgsConstructor
class FigureImportController {

    private static final String YEAR_VIEW = "reporting/figures/year";
    private static final String IMPORT_VIEW = "reporting/figures/import";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FigureImportService service;
    private final FigureTemplate template;
    private final MessageSource messages;

    @GetMapping("/figure-imports")
    String list(Authentication authentication, Model model) {
        FigureImportService.Viewer viewer = service.viewer(authentication);
        model.addAttribute("years", service.years(viewer));
        model.addAttribute("imports", service.latest(viewer));
        return "reporting/figures/list";
    }

    @GetMapping("/plan-years/{id:\\d{1,18}}/figure-import")
    String year(@PathVariable Long id, Authentication authentication, Model model) {
        model.addAttribute("form", new FigureUploadForm());
        return yearPage(id, service.viewer(authentication), model);
    }

    @GetMapping("/plan-years/{id:\\d{1,18}}/figure-import/template.csv")
    ResponseEntity<byte[]> csvTemplate(@PathVariable Long id, Authentication authentication) {
        FigureImportService.ImportYear year = service.year(id, service.viewer(authentication));
        return file("figures-" + year.label().replaceAll("[^A-Za-z0-9-]", "-") + ".csv", CSV,
                template.csv(year.indicators()));
    }

    @GetMapping("/plan-years/{id:\\d{1,18}}/figure-import/template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate(@PathVariable Long id, Authentication authentication) {
        FigureImportService.ImportYear year = service.year(id, service.viewer(authentication));
        return file("figures-" + year.label().replaceAll("[^A-Za-z0-9-]", "-") + ".xlsx", XLSX,
                template.xlsx(year.indicators()));
    }

    @PostMapping("/plan-years/{id:\\d{1,18}}/figure-import")
    String upload(@PathVariable Long id, @ModelAttribute("form") FigureUploadForm form, BindingResult errors,
            Authentication authentication, Model model) {
        FigureImportService.Viewer viewer = service.viewer(authentication);
        return Forms.save(errors, model, () -> {
            MultipartFile file = form.getFile();
            if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                    || file.getOriginalFilename().isBlank())) {
                throw Refusal.of("file", "figures.file.required");
            }
            try {
                return service.upload(id, file.getOriginalFilename(), file.getBytes(), viewer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> form).map(importId -> "redirect:/figure-imports/" + importId)
                .orElseGet(() -> yearPage(id, viewer, model));
    }

    @GetMapping("/figure-imports/{id:\\d{1,18}}")
    String show(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Authentication authentication,
            Model model) {
        return importPage(id, page, service.viewer(authentication), model, null);
    }

    @PostMapping("/figure-imports/{id:\\d{1,18}}/confirm")
    String confirm(@PathVariable Long id, @ModelAttribute("decision") ImportDecisionForm decision, BindingResult errors,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        FigureImportService.Viewer viewer = service.viewer(authentication);
        return decided(id, viewer, decision, errors, model, redirect, "figures.confirmed", "redirect:/figure-imports/" + id,
                () -> {
                    service.confirm(id, decision.getVersion(), viewer);
                    return id;
                });
    }

    @PostMapping("/figure-imports/{id:\\d{1,18}}/approve")
    String approve(@PathVariable Long id, @ModelAttribute("decision") ImportDecisionForm decision, BindingResult errors,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        FigureImportService.Viewer viewer = service.viewer(authentication);
        return decided(id, viewer, decision, errors, model, redirect, "figures.approved", "redirect:/reviews", () -> {
            service.approve(id, decision.getVersion(), viewer);
            return id;
        });
    }

    @PostMapping("/figure-imports/{id:\\d{1,18}}/return")
    String giveBack(@PathVariable Long id, @ModelAttribute("decision") ImportDecisionForm decision, BindingResult errors,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        FigureImportService.Viewer viewer = service.viewer(authentication);
        return decided(id, viewer, decision, errors, model, redirect, "figures.returned", "redirect:/reviews", () -> {
            service.giveBack(id, decision.getVersion(), decision.getReturnComment(), viewer);
            return id;
        });
    }

    private String decided(Long id, FigureImportService.Viewer viewer, ImportDecisionForm decision,
            BindingResult errors, Model model, RedirectAttributes redirect, String message, String then,
            Supplier<Long> decide) {
        return Forms.save(errors, model, decide, () -> decision).map(done -> {
            redirect.addFlashAttribute("savedMessage", text(message));
            return then;
        }).orElseGet(() -> importPage(id, 1, viewer, model, decision));
    }

    private String yearPage(Long id, FigureImportService.Viewer viewer, Model model) {
        model.addAttribute("year", service.year(id, viewer));
        model.addAttribute("headings", template.headings());
        model.addAttribute("maxMegabytes", FigureImportService.MAX_BYTES / (1024 * 1024));
        return YEAR_VIEW;
    }

    /**
     * The import's page. A file with problems lists each in the error summary ("Row 7, column Value: ..."), above the
     * form to upload the corrected file.
     */
    private String importPage(Long id, int page, FigureImportService.Viewer viewer, Model model,
            ImportDecisionForm decision) {
        FigureImportService.ImportPage shown = service.page(id, page, viewer);
        model.addAttribute("page", shown);
        if (decision == null) {
            ImportDecisionForm fresh = new ImportDecisionForm();
            fresh.setVersion(shown.record().getVersion());
            model.addAttribute("decision", fresh);
        } else {
            decision.setVersion(shown.record().getVersion());
        }
        FigureUploadForm upload = new FigureUploadForm();
        BindingResult uploadErrors = new BeanPropertyBindingResult(upload, "form");
        if (shown.record().getState() == State.HAS_PROBLEMS) {
            for (ShownProblem problem : shown.problems()) {
                uploadErrors.reject("figures.problem", problemText(problem));
            }
            uploadErrors.rejectValue("file", "figures.file.problems", text("figures.file.problems"));
        }
        model.addAttribute("form", upload);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", uploadErrors);
        return IMPORT_VIEW;
    }

    private String problemText(ShownProblem problem) {
        Locale locale = Locale.UK;
        if (problem.row() == null) {
            return problem.message();
        }
        if (problem.column() == null) {
            return messages.getMessage("figures.problem.row", new Object[] {problem.row(), problem.message()}, locale);
        }
        return messages.getMessage("figures.problem.cell", new Object[] {problem.row(), problem.column(),
                problem.message()}, locale);
    }

    private String text(String code) {
        return messages.getMessage(code, null, Locale.UK);
    }

    private static ResponseEntity<byte[]> file(String filename, MediaType type, byte[] content) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(content);
    }
}
