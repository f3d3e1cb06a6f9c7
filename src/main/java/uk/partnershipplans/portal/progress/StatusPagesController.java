package uk.partnershipplans.portal.progress;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.system.Figures;

/** The pages that show statuses, for every signed-in person: how statuses are worked out, and a year's summary. */
@Controller
@RequiredArgsConstructor
class StatusPagesController {

    private final ProgressService progress;

    /** The rules, with the colours and the default tolerance taken from the code and settings that apply them. */
    @GetMapping("/help/status")
    String help(Model model) {
        model.addAttribute("actionRules", ActionStatusCalculator.RULES_IN_ORDER);
        model.addAttribute("actionStatuses", List.of(ActionStatus.values()));
        model.addAttribute("reported", List.of(ReportedProgress.values()));
        model.addAttribute("indicatorStatuses", List.of(IndicatorStatus.values()));
        model.addAttribute("directions", List.of(Direction.values()));
        model.addAttribute("defaultTolerance", Figures.format(progress.defaultTolerancePercent()));
        model.addAttribute("rollUpColours", List.of(Rag.NOT_RATED, Rag.RED, Rag.AMBER, Rag.GREEN));
        model.addAttribute("redOneIn", RollUp.RED_ONE_IN);
        return "help/status";
    }

    @GetMapping("/plan-years/{id:\\d{1,18}}/summary")
    String summary(@PathVariable Long id, Model model) {
        model.addAttribute("summary", progress.committeeSummary(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        return "progress/summary";
    }
}
