package uk.partnershipplans.portal.status;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.PlanPartners;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.shared.TableDownload.Format;
import uk.partnershipplans.portal.shared.TableDownload.Table;
import uk.partnershipplans.portal.shared.TableDownload;
import uk.partnershipplans.portal.status.YearExports.Export;

/**
 * A plan year's exports, for every signed-in person of its partnership: the page that lists them, and each as a CSV
 * file or an Excel workbook. Statuses are as at the year's own day, as the dashboard shows them first.
 */
@Controller
@RequiredArgsConstructor
class YearExportsController {

    private static final String YEAR = "/plan-years/{id:\\d{1,18}}/exports";

    private final ProgressService progress;
    private final YearExports exports;
    private final PlanPartners partners;
    private final StatusWords words;

    @GetMapping(YEAR)
    String page(@PathVariable Long id, Model model) {
        YearStatus status = yearStatus(id);
        model.addAttribute("year", status.year());
        model.addAttribute("asAt", words.position(status.asAt()));
        model.addAttribute("exports", List.of(Export.values()));
        return "status/exports";
    }

    @GetMapping({YEAR + "/indicators.csv", YEAR + "/indicators.xlsx"})
    ResponseEntity<byte[]> indicators(@PathVariable Long id, HttpServletRequest request) {
        YearStatus status = yearStatus(id);
        return download(Export.INDICATORS, status, exports.indicators(status), request);
    }

    @GetMapping({YEAR + "/actions.csv", YEAR + "/actions.xlsx"})
    ResponseEntity<byte[]> actions(@PathVariable Long id, HttpServletRequest request) {
        YearStatus status = yearStatus(id);
        return download(Export.ACTIONS, status, exports.actions(status), request);
    }

    /** The reports of progress; the names of their files only for board members and admins, who may open them. */
    @GetMapping({YEAR + "/reports.csv", YEAR + "/reports.xlsx"})
    ResponseEntity<byte[]> reports(@PathVariable Long id, Authentication authentication, HttpServletRequest request) {
        YearStatus status = yearStatus(id);
        return download(Export.REPORTS, status, exports.reports(status, Role.mayEditPlans(authentication)), request);
    }

    @GetMapping({YEAR + "/partners.csv", YEAR + "/partners.xlsx"})
    ResponseEntity<byte[]> partners(@PathVariable Long id, HttpServletRequest request) {
        YearStatus status = yearStatus(id);
        return download(Export.PARTNERS, status, exports.partners(partners.ofYear(id)), request);
    }

    private static ResponseEntity<byte[]> download(Export export, YearStatus status, Table table,
            HttpServletRequest request) {
        return TableDownload.download(YearExports.fileName(export, status), Format.ofAddress(request.getRequestURI()),
                List.of(table));
    }

    private YearStatus yearStatus(Long id) {
        return progress.yearStatus(id, null).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
