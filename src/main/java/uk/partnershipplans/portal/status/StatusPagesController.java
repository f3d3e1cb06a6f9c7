package uk.partnershipplans.portal.status;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import uk.partnershipplans.portal.plan.FigureRule;
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.shared.AccessiblePdf;
import uk.partnershipplans.portal.shared.AccessibleWord;
import uk.partnershipplans.portal.shared.DateInput;
import uk.partnershipplans.portal.shared.Figures;
import uk.partnershipplans.portal.shared.KeptContent;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.shared.TableDownload.Format;
import uk.partnershipplans.portal.shared.TableDownload;

/**
 * The pages that show statuses, for every signed-in person: how statuses are worked out, and a year's dashboard and
 * summary.
 */
@Controller
@RequiredArgsConstructor
class StatusPagesController {

    private static final DateInput CHOSEN_DAY = new DateInput("on", "status.position.on.name", "30 9 2012");

    private final ProgressService progress;
    private final KeptContent kept;
    private final MessageSource messages;
    private final AccessiblePdf pdfs;
    private final AccessibleWord words;
    private final PerformanceWorkbook workbook;

    /**
     * The rules, with the colours, the default tolerance and the limits of a figure taken from the code and settings
     * that apply them.
     */
    @GetMapping("/help/status")
    String help(Model model) {
        model.addAttribute("actionRules", ActionStatusCalculator.RULES_IN_ORDER);
        model.addAttribute("actionStatuses", List.of(ActionStatus.values()));
        model.addAttribute("reported", List.of(ReportedProgress.values()));
        model.addAttribute("indicatorStatuses", List.of(IndicatorStatus.values()));
        model.addAttribute("directions", List.of(Direction.values()));
        model.addAttribute("defaultTolerance", Figures.formatWithoutTrailingZeros(progress.defaultTolerancePercent()));
        model.addAttribute("rollUpColours", List.of(Rag.NOT_RATED, Rag.RED, Rag.AMBER, Rag.GREEN));
        model.addAttribute("redOneIn", RollUp.RED_ONE_IN);
        model.addAttribute("figureDecimals", FigureRule.MAX_DECIMALS);
        model.addAttribute("figureWholeDigits", FigureRule.MAX_WHOLE_DIGITS);
        return "help/status";
    }

    /**
     * The board's view of a year as at its own day or the day chosen, filtered by the GET form's values; values that
     * match nothing filter nothing.
     */
    @GetMapping("/plan-years/{id:\\d{1,18}}/dashboard")
    String dashboard(@PathVariable Long id, @ModelAttribute("filter") DashboardFilter filter,
            @ModelAttribute("position") PositionChoice position, BindingResult positionErrors, Locale locale,
            Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
        return kept.page("status/dashboard", model, request, response, authentication,
                () -> dashboardContent(yearStatus(id, position, positionErrors), filter, locale, authentication, request,
                        model));
    }

    private void dashboardContent(YearStatus status, DashboardFilter filter, Locale locale,
            Authentication authentication, HttpServletRequest request, Model model) {
        model.addAttribute("year", status.year());
        YearDashboard dashboard = YearDashboard.of(status, filter);
        model.addAttribute("dashboard", dashboard);
        // each table's pages keep the day, the filters and the other tables' pages chosen
        model.addAttribute("pagesOf", Stream.of("attentionPage", "actionsPage", "indicatorsPage", "trendsPage")
                .collect(Collectors.toMap(Function.identity(), pages -> UriComponentsBuilder
                        .fromPath(request.getRequestURI()).query(request.getQueryString()).replaceQueryParam(pages)
                        .build(true).toUriString())));
        model.addAttribute("canReadUpdates", Role.mayEditPlans(authentication)); // board members and admins read every update
        model.addAttribute("priorityOptions", status.year().priorities().stream()
                .map(p -> new Option(p.id().toString(), p.number() + " " + p.title())).toList());
        model.addAttribute("leadOptions", dashboard.leads().stream().map(lead -> new Option(lead, lead)).toList());
        model.addAttribute("statusOptions", Stream.of(Rag.values())
                .map(rag -> new Option(rag.name(), messages.getMessage("status.rag." + rag.name(), null, locale))).toList());
    }

    @GetMapping("/plan-years/{id:\\d{1,18}}/summary")
    String summary(@PathVariable Long id, @ModelAttribute("position") PositionChoice position,
            BindingResult positionErrors, Authentication authentication, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return kept.page("status/summary", model, request, response, authentication, () -> model.addAttribute("summary",
                ProgressService.summarise(yearStatus(id, position, positionErrors))));
    }

    /** The performance report of the year as at its own day or the day chosen. */
    @GetMapping("/plan-years/{id:\\d{1,18}}/report")
    String report(@PathVariable Long id, @ModelAttribute("position") PositionChoice position,
            BindingResult positionErrors, Authentication authentication, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return kept.page("status/performance-report", model, request, response, authentication, () -> {
            model.addAttribute("report", PerformanceReport.of(yearStatus(id, position, positionErrors)));
            model.addAttribute("pdf", false);
            model.addAttribute("pdfAddress", UriComponentsBuilder.fromPath(request.getRequestURI() + ".pdf")
                    .query(request.getQueryString()).build(true).toUriString());
            model.addAttribute("wordAddress", UriComponentsBuilder.fromPath(request.getRequestURI() + ".docx")
                    .query(request.getQueryString()).build(true).toUriString());
            model.addAttribute("xlsxAddress", UriComponentsBuilder.fromPath(request.getRequestURI() + ".xlsx")
                    .query(request.getQueryString()).build(true).toUriString());
        });
    }

    /** The same report as an accessible PDF. */
    @GetMapping("/plan-years/{id:\\d{1,18}}/report.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable Long id, @ModelAttribute("position") PositionChoice position,
            BindingResult positionErrors, HttpServletRequest request, HttpServletResponse response, Model model) {
        String filename = reportDocument(id, position, positionErrors, model) + ".pdf";
        return pdfs.download("status/performance-report-document", model.asMap(), filename, request, response);
    }

    /** The same report as a Word document. */
    @GetMapping("/plan-years/{id:\\d{1,18}}/report.docx")
    ResponseEntity<byte[]> reportWord(@PathVariable Long id, @ModelAttribute("position") PositionChoice position,
            BindingResult positionErrors, HttpServletRequest request, HttpServletResponse response, Model model) {
        String filename = reportDocument(id, position, positionErrors, model) + ".docx";
        return words.download("status/performance-report-document", model.asMap(), filename, request, response);
    }

    /** The report in {@code model} for a document, and the document's name without its extension. */
    private String reportDocument(Long id, PositionChoice position, BindingResult positionErrors, Model model) {
        PerformanceReport report = PerformanceReport.of(yearStatus(id, position, positionErrors));
        model.addAttribute("report", report);
        model.addAttribute("pdf", true);
        return reportFilename(report);
    }

    /** The same report as an Excel workbook: its summary, then its actions and its indicators, a sheet each. */
    @GetMapping("/plan-years/{id:\\d{1,18}}/report.xlsx")
    ResponseEntity<byte[]> reportWorkbook(@PathVariable Long id, @ModelAttribute("position") PositionChoice position,
            BindingResult positionErrors) {
        PerformanceReport report = PerformanceReport.of(yearStatus(id, position, positionErrors));
        return TableDownload.download(reportFilename(report), Format.XLSX, workbook.tables(report));
    }

    /** The name of the report's files, without their extension. */
    private static String reportFilename(PerformanceReport report) {
        return "performance-report-%s-%s".formatted(report.status().year().label(), report.status().asAt().day())
                .replaceAll("[^A-Za-z0-9-]+", "-");
    }

    /** The year's status as at the day chosen; a day that is not a real date is refused on the page, and the year's own day shown. */
    private YearStatus yearStatus(Long id, PositionChoice position, BindingResult errors) {
        LocalDate chosen = position.getOn().isBlank() ? null
                : CHOSEN_DAY.optional(position.getOn(), Refusal.into(errors)).orElse(null);
        return progress.yearStatus(id, chosen).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
