package uk.partnershipplans.portal.refresh.publication;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.refresh.publication.PublicPages.Shown;
import uk.partnershipplans.portal.refresh.publication.PublicPages.Year;
import uk.partnershipplans.portal.report.PublicReports;
import uk.partnershipplans.portal.shared.AccessibleWord;
import uk.partnershipplans.portal.shared.DocumentTemplate;

/**
 * The public pages, for anyone to read without signing in: the published plan years, and each year's pages as they
 * were made when it was published, with its committee reports that an admin has shown on them. A year the public may
 * not read, and anything not among its pages, is "not found", as an address that does not exist.
 */
@Controller
@RequiredArgsConstructor
class PublicPagesController {

    private static final String YEAR = "/public/plan-years/{id:\\d{1,18}}";

    private final PublicPages pages;
    private final PublicReports reports;

    @GetMapping("/public")
    String years(Model model) {
        model.addAttribute("publicPage", true);
        model.addAttribute("partnerships", pages.published());
        return "refresh/public/years";
    }

    @GetMapping(YEAR)
    String plan(@PathVariable Long id, Model model) {
        return shown(id, "", model);
    }

    @GetMapping(YEAR + "/priorities/{priorityId:\\d{1,18}}")
    String priority(@PathVariable Long id, @PathVariable Long priorityId, Model model) {
        return shown(id, "priorities/" + priorityId, model);
    }

    @GetMapping(YEAR + "/{part:actions|indicators|equality}")
    String part(@PathVariable Long id, @PathVariable String part, Model model) {
        return shown(id, part, model);
    }

    @GetMapping(YEAR + "/reports")
    String reports(@PathVariable Long id, Model model) {
        Year year = year(id);
        model.addAttribute("reports", reports.ofYear(id));
        return around(year, "reports", pages.contents(id), model);
    }

    @GetMapping(YEAR + "/reports/{reportId:\\d{1,18}}")
    String report(@PathVariable Long id, @PathVariable Long reportId, Model model) {
        Year year = year(id);
        model.addAttribute("report", reports.issued(id, reportId)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        return around(year, "reports/" + reportId, pages.contents(id), model);
    }

    @GetMapping(YEAR + "/plan.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id) {
        return file(id, PublicFile.Kind.PDF, MediaType.APPLICATION_PDF);
    }

    @GetMapping(YEAR + "/plan.docx")
    ResponseEntity<byte[]> word(@PathVariable Long id) {
        return file(id, PublicFile.Kind.DOCX, AccessibleWord.DOCX);
    }

    private String shown(Long id, String address, Model model) {
        Shown shown = pages.page(id, address).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        model.addAttribute("title", shown.title());
        model.addAttribute("keptContent", shown.content());
        return around(shown.year(), address, shown.contents(), model);
    }

    /** The year's page around its content: the year, its contents with this page marked, and the way back. */
    private static String around(Year year, String address, List<PublicPages.Entry> contents, Model model) {
        model.addAttribute("publicPage", true);
        model.addAttribute("year", year);
        model.addAttribute("contents", contents);
        model.addAttribute("current", address);
        model.addAttribute("yearAddress", "/public/plan-years/" + year.id());
        return address.startsWith("reports") ? (address.equals("reports") ? "refresh/public/reports"
                : "refresh/public/report") : "refresh/public/page";
    }

    private Year year(Long id) {
        return pages.year(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private ResponseEntity<byte[]> file(Long id, PublicFile.Kind kind, MediaType type) {
        PublicFile file = pages.file(id, kind).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        return DocumentTemplate.download(type, file.getFilename(), file.getContent());
    }
}
