package uk.partnershipplans.portal.plan.read;

import java.util.List;
import uk.partnershipplans.portal.plan.IndicatorUnit;
import uk.partnershipplans.portal.plan.PlanFacts.ReportFacts;
import uk.partnershipplans.portal.plan.Polarity;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorCategory;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;
import uk.partnershipplans.portal.plan.model.indicator.ReportingFrequency;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * An indicator, where it is reported, all its values and every approved report of it, newest first: what the
 * /indicators/{id} page shows.
 */
public record IndicatorPage(Long id, String name, String code, Narrative definition, IndicatorUnit unit, Polarity polarity,
        ReportingFrequency frequency, PeriodType periodType, String source, List<YearUse> years,
        List<PriorityUse> priorities, List<ValueRow> values, List<ReportFacts> reports) {

    record YearUse(YearRef year, IndicatorCategory category, boolean newIndicator, boolean inDevelopment,
            List<String> alsoReportedIn) {
    }

    record PriorityUse(YearRef year, PriorityRef priority, boolean primary) {
    }

    /**
     * One period's figures, formatted; {@code reason} is the document's words for a missing figure ("tbc");
     * {@code importedBy} and {@code importedFrom} say who imported the figure from which file, when it was imported.
     */
    record ValueRow(String period, String figure, boolean provisional, String reason, String nationalAverage,
            String statisticalNeighbour, String target, String nationalComparison, String note, String importedBy,
            String importedFrom) {

        /** Public for templates, which read only public methods. */
        public boolean isToBeConfirmed() {
            return CurrentPerformance.isToBeConfirmed(reason);
        }
    }
}
