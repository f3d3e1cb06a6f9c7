package uk.partnershipplans.portal.plan.edit;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.history.ChangeHistory.Track;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.history.HistoryPage;
import uk.partnershipplans.portal.plan.model.Milestone;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.PlanAction;
import uk.partnershipplans.portal.plan.model.PlanPartner;
import uk.partnershipplans.portal.plan.model.PlanReference;
import uk.partnershipplans.portal.plan.model.PlanSection;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.plan.model.PriorityLink;
import uk.partnershipplans.portal.plan.model.PrioritySection;
import uk.partnershipplans.portal.plan.model.SupportedInitiative;
import uk.partnershipplans.portal.plan.model.indicator.Indicator;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.plan.read.PlanReadQueries;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * The history of changes to what a plan says, for those who change it (board members and admins): who changed what and
 * when, each value before and after. A plan takes in its narrative sections, partners, supported initiatives and
 * references; a priority its narrative sections, links and milestones; an action its milestones; an indicator its values
 * and targets.
 */
@Controller
@PreAuthorize(EditSecurityConfig.BOARD_OR_ADMIN)
@RequiredArgsConstructor
class PlanHistoryController {

    private static final String ID = "{id:\\d{1,18}}";

    private final ChangeHistory history;
    private final PlanReadQueries queries;
    private final MessageSource messages;

    @GetMapping("/plans/" + ID + "/history")
    String plan(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        Plan plan = queries.plan(id).orElseThrow(PlanHistoryController::notFound);
        return show(model, text("history.caption.plan"), plan.getTitle(), "/plans/" + id, page,
                Track.of(Plan.class, id),
                Track.related(PlanSection.class, "plan", id, "history.PlanSection.subject", "title"),
                Track.related(SupportedInitiative.class, "plan", id, "history.SupportedInitiative.subject", "title"),
                Track.related(PlanReference.class, "plan", id, "history.PlanReference.subject", "title"),
                Track.related(PlanPartner.class, "plan", id, "history.PlanPartner.subject", "organisationId"));
    }

    @GetMapping("/plan-years/" + ID + "/history")
    String planYear(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        PlanYear year = queries.planYear(id).orElseThrow(PlanHistoryController::notFound);
        return show(model, year.getPlan().getTitle(), year.getLabel(), "/plan-years/" + id, page,
                Track.of(PlanYear.class, id));
    }

    @GetMapping("/priorities/" + ID + "/history")
    String priority(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        Priority priority = queries.priority(id).orElseThrow(PlanHistoryController::notFound);
        return show(model, text("history.caption.priority", priority.getPlanYear().getLabel()),
                priority.getNumber() + " " + priority.getTitle(), "/priorities/" + id, page,
                Track.of(Priority.class, id),
                Track.related(PrioritySection.class, "priority", id, "history.PrioritySection.subject", "heading"),
                Track.related(PriorityLink.class, "priority", id, "history.PriorityLink.subject", "title"),
                Track.related(Milestone.class, "priority", id, "history.Milestone.subject", "text"));
    }

    @GetMapping("/actions/" + ID + "/history")
    String action(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        PlanAction action = queries.action(id).orElseThrow(PlanHistoryController::notFound);
        String opening = Narrative.parse(action.getText()).firstParagraph();
        return show(model, text("history.caption.action", action.getPlanYear().getLabel()),
                action.getNumber() + (opening == null ? "" : " " + opening), "/actions/" + id, page,
                Track.of(PlanAction.class, id),
                Track.related(Milestone.class, "action", id, "history.Milestone.subject", "text"));
    }

    @GetMapping("/indicators/" + ID + "/history")
    String indicator(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        Indicator indicator = queries.indicator(id).orElseThrow(PlanHistoryController::notFound);
        return show(model, text("history.caption.indicator"), indicator.getName(), "/indicators/" + id, page,
                Track.of(Indicator.class, id),
                Track.related(IndicatorValue.class, "indicator", id, "history.IndicatorValue.subject", "periodLabel"));
    }

    private String show(Model model, String caption, String name, String recordPath, int page, Track... tracks) {
        model.addAttribute("page", new HistoryPage(caption, name, recordPath, recordPath + "/history",
                history.read(List.of(tracks), Math.max(page, 1) - 1)));
        return "admin/history";
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
