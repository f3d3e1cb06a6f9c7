package uk.partnershipplans.portal.status;

import java.time.LocalDate;
import java.util.List;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.reporting.RoundPeriods.RoundPeriod;

/**
 * The day a plan year's position is worked out as at, and why that day: the last day of a year that has ended, today
 * for the current (or a coming) year, or a day the board chose: the end of a reporting round's period or one of their
 * own. Whatever speaks for a later day is left out: reports as at a later day, milestones done later, figures for
 * periods that end later.
 *
 * @param roundName the round whose period ends on the day, when the day is one
 */
record AsAt(LocalDate day, Reason reason, String roundName) {

    enum Reason {
        YEAR_ENDED, TODAY, ROUND_END, CHOSEN
    }

    /** The day the board chose, if any (a round's period end is named as such), else the year's own day. */
    static AsAt of(YearFacts year, LocalDate today, LocalDate chosen, List<RoundPeriod> rounds) {
        if (chosen != null) {
            return rounds.stream().filter(round -> round.periodEnd().equals(chosen)).findFirst()
                    .map(round -> new AsAt(chosen, Reason.ROUND_END, round.name()))
                    .orElseGet(() -> new AsAt(chosen, Reason.CHOSEN, null));
        }
        return today.isAfter(year.endDate()) ? new AsAt(year.endDate(), Reason.YEAR_ENDED, null)
                : new AsAt(today, Reason.TODAY, null);
    }

    /**
     * Whether a value counts for the year as at this day: it {@linkplain #reaches reaches} the day, and its period ends
     * within the year or the year before it (a value for a period long past says nothing of this year's position).
     */
    boolean counts(ValueFacts value, YearFacts year) {
        return reaches(value, year)
                && (value.periodEnd() == null || !value.periodEnd().isBefore(year.startDate().minusYears(1)));
    }

    /**
     * Whether a value is known as at this day: its period ends by this day and by the end of the year, or it has no
     * period end. Earlier values give the direction of travel and the trend, however old.
     */
    boolean reaches(ValueFacts value, YearFacts year) {
        LocalDate end = value.periodEnd();
        return end == null || (!end.isAfter(day) && !end.isAfter(year.endDate()));
    }
}
