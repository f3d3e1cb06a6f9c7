package uk.partnershipplans.portal.partner.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.partner.admin.OrganisationAdmin.Search;
import uk.partnershipplans.portal.partner.admin.OrganisationAdmin;
import uk.partnershipplans.portal.partner.csv.OrganisationCsv.Column;
import uk.partnershipplans.portal.partner.csv.OrganisationCsv.MembershipColumn;
import uk.partnershipplans.portal.partner.csv.OrganisationImport.RowsRefused;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Refusal;

/** Admins download the partner organisations as CSV, download the template, and import organisations from a file. */
@Controller
@RequestMapping("/admin/partners")
@RequiredArgsConstructor
public class OrganisationCsvController {

    public static final String EXPORT = "/admin/partners/export";
    /** How many problems the import page lists at most: enough to see what is wrong with any file. */
    static final int PROBLEMS_SHOWN = 200;

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String IMPORT_VIEW = "partner/admin/organisation-import";

    private final OrganisationExport export;
    private final OrganisationImport importer;
    private final OrganisationAdmin admin;
    private final OrganisationCsv csv;
    private final MessageSource messages;
    private final Clock clock;

    /** The list as searched, filtered and sorted on the list page, every page of it. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String name, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String partnership, @RequestParam(required = false) String category,
            @RequestParam(required = false) String status, @RequestParam(required = false) String sort) {
        return file("partner-organisations-" + LocalDate.now(clock) + ".csv",
                export.export(Search.of(name, kind, partnership, category, status, sort)));
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template() {
        return file("partner-organisations-template.csv", export.template());
    }

    @GetMapping("/import")
    String importPage(Model model) {
        model.addAttribute("form", new OrganisationImportForm());
        return showImport(model);
    }

    @PostMapping("/import")
    String importFile(@ModelAttribute("form") OrganisationImportForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Forms.save(errors, model, () -> {
            MultipartFile file = form.getFile();
            if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                throw Refusal.of("file", "partner.import.file.required");
            }
            try {
                return importer.importFile(file.getOriginalFilename(), file.getBytes());
            } catch (RowsRefused refused) {
                List<OrganisationImport.RowProblem> rows = refused.rows();
                Locale locale = LocaleContextHolder.getLocale();
                model.addAttribute("problems", rows.stream().limit(PROBLEMS_SHOWN)
                        .map(row -> new ShownProblem(row.row(), row.column(), messages.getMessage(row.message(), locale)))
                        .toList());
                model.addAttribute("problemsShown", rows.size() > PROBLEMS_SHOWN ? PROBLEMS_SHOWN : null);
                throw refused;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> form).map(count -> {
            redirect.addFlashAttribute("savedMessage",
                    messages.getMessage("partner.import.done", new Object[] {count}, LocaleContextHolder.getLocale()));
            return "redirect:/admin/partners";
        }).orElseGet(() -> showImport(model));
    }

    private String showImport(Model model) {
        model.addAttribute("kinds", admin.kinds());
        model.addAttribute("partnerships", admin.partnerships());
        model.addAttribute("columns", columns());
        return IMPORT_VIEW;
    }

    /** One problem as the import page lists it; column is null for the whole row. */
    record ShownProblem(long row, String column, String text) {
    }

    /** One column of the file as the import page explains it. */
    record ColumnGuide(String heading, String guidance) {
    }

    private List<ColumnGuide> columns() {
        Locale locale = LocaleContextHolder.getLocale();
        Stream<ColumnGuide> organisation = Arrays.stream(Column.values()).map(column -> new ColumnGuide(csv.heading(column),
                messages.getMessage("partner.import.columns." + column.name(), column == Column.CATEGORY
                        ? new Object[] {csv.categoryName(PartnerCategory.RELEVANT_PARTNER), csv.categoryName(PartnerCategory.OTHER_PARTNER)}
                        : null, locale)));
        Stream<ColumnGuide> membership = Arrays.stream(MembershipColumn.values()).map(column -> new ColumnGuide(
                csv.heading(column, 1), messages.getMessage("partner.import.columns." + column.name(), null, locale)));
        return Stream.concat(organisation, membership).toList();
    }

    private static ResponseEntity<byte[]> file(String filename, byte[] content) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(content);
    }
}
