package uk.partnershipplans.portal.refresh.plan;

import static uk.partnershipplans.portal.shared.Forms.optional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.PlanCopies;
import uk.partnershipplans.portal.plan.PlanCopies.Copied;
import uk.partnershipplans.portal.plan.PlanCopies.Made;
import uk.partnershipplans.portal.plan.PlanCopies.NewPlan;
import uk.partnershipplans.portal.plan.PlanCopies.PlanToCopy;
import uk.partnershipplans.portal.plan.PlanCopies.YearToCopy;
import uk.partnershipplans.portal.refresh.log.PlanRefresh;
import uk.partnershipplans.portal.refresh.log.PlanRefreshRepository;
import uk.partnershipplans.portal.refresh.log.RefreshChange;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Refusal.Problem;

/**
 * Starting a new plan from the previous one: the form prefilled from it, the rules for what was typed, and the copy,
 * made in one transaction with its refresh log (each record copied, with its words), or not at all.
 */
@Service
@RequiredArgsConstructor
@Transactional
class NewPlanService {

    private final PlanCopies copies;
    private final PlanRefreshRepository refreshes;
    private final Clock clock;

    /** The previous plan with what would be copied; 404 when there is no such plan. */
    @Transactional(readOnly = true)
    PlanToCopy previous(Long planId) {
        return copies.toCopy(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The form as it first shows: the plan's title with the next period, starting in the year the previous plan ends and
     * lasting as long, its vision, and its first year from the day after the previous plan's latest year ends.
     */
    static NewPlanForm prefilled(PlanToCopy previous) {
        NewPlanForm form = new NewPlanForm();
        int start = previous.endYear();
        int end = start + Math.max(previous.endYear() - previous.startYear(), 1);
        String period = period(start, end);
        form.setTitle(previous.title().contains(previous.period()) ? previous.title().replace(previous.period(), period)
                : previous.title() + " " + period);
        form.setStartYear(start);
        form.setEndYear(end);
        form.setVision(previous.vision());
        YearToCopy latest = previous.latestYear();
        if (latest != null) {
            LocalDate yearStart = latest.endDate().plusDays(1);
            LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
            form.setYearLabel(yearStart.getYear() == yearEnd.getYear() ? String.valueOf(yearStart.getYear())
                    : period(yearStart.getYear(), yearEnd.getYear()));
            form.setYearStart(DateField.of(yearStart));
            form.setYearEnd(DateField.of(yearEnd));
        }
        return form;
    }

    /** "2014-16", as plans name their periods. */
    static String period(int start, int end) {
        return start + "-" + String.format("%02d", end % 100);
    }

    /**
     * The problems of what was typed beyond each field's own (which Bean Validation found): a plan of the same title,
     * an end year before the start year, a first year that does not start in the plan's first year or ends before it
     * starts, and a previous plan without a year to copy from.
     */
    @Transactional(readOnly = true)
    List<Problem> problems(PlanToCopy previous, NewPlanForm form) {
        List<Problem> problems = new ArrayList<>();
        if (previous.latestYear() == null) {
            problems.add(new Problem(null, "refresh.plan.no-years", previous.title()));
        }
        String title = optional(form.getTitle());
        if (title != null) {
            copies.planTitled(previous.partnershipId(), title)
                    .ifPresent(taken -> problems.add(new Problem("title", "refresh.plan.title.taken", taken)));
        }
        if (form.getStartYear() != null && form.getEndYear() != null && form.getEndYear() < form.getStartYear()) {
            problems.add(new Problem("endYear", "refresh.plan.end-year.before-start", String.valueOf(form.getStartYear())));
        }
        Optional<LocalDate> start = form.getYearStart().toDate();
        Optional<LocalDate> end = form.getYearEnd().toDate();
        if (start.isPresent() && form.getStartYear() != null && start.get().getYear() != form.getStartYear()) {
            problems.add(new Problem("yearStart", "refresh.plan.year-start.outside", String.valueOf(form.getStartYear())));
        }
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            problems.add(new Problem("yearEnd", "refresh.plan.year-end.not-after-start"));
        }
        return problems;
    }

    /**
     * Makes the new plan, its first year and the refresh that records what was copied, all in this transaction; refused
     * (nothing saved) when what was typed breaks a rule. Returns the new plan's id.
     */
    Long confirm(Long previousPlanId, NewPlanForm form, String confirmedBy) {
        PlanToCopy previous = previous(previousPlanId);
        List<Problem> problems = problems(previous, form);
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        Made made = copies.copy(previousPlanId, new NewPlan(optional(form.getTitle()), form.getStartYear(),
                form.getEndYear(), optional(form.getVision()), optional(form.getYearLabel()),
                form.getYearStart().toDate().orElseThrow(), form.getYearEnd().toDate().orElseThrow()));
        PlanRefresh refresh = new PlanRefresh(PlanRefresh.Kind.NEW_PLAN, made.fromYearId(), made.yearId(), confirmedBy,
                Instant.now(clock));
        for (Copied copied : made.copied()) {
            subject(copied.kind()).ifPresent(subject -> refresh.log(subject, RefreshChange.Change.COPIED, copied.fromId(),
                    copied.toId(), copied.words(), copied.words()));
        }
        refreshes.saveAndFlush(refresh);
        return made.planId();
    }

    /** The subject a copied record is logged under; none for a framework, which is worked towards again, not copied. */
    private static Optional<RefreshChange.Subject> subject(PlanCopies.Kind kind) {
        return switch (kind) {
            case PARTNER -> Optional.of(RefreshChange.Subject.PARTNER);
            case THEME -> Optional.of(RefreshChange.Subject.THEME);
            case PRINCIPLE -> Optional.of(RefreshChange.Subject.PRINCIPLE);
            case STRATEGIC_OBJECTIVE, OPERATIONAL_OBJECTIVE -> Optional.of(RefreshChange.Subject.OBJECTIVE);
            case SECTION -> Optional.of(RefreshChange.Subject.SECTION);
            case INDICATOR -> Optional.of(RefreshChange.Subject.INDICATOR);
            case FRAMEWORK -> Optional.empty();
        };
    }
}
