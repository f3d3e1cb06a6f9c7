package uk.partnershipplans.portal.plan.edit;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/**
 * How one plan year uses an indicator: its category, its flags, and for each of the year's priorities whether the
 * indicator measures it as the primary indicator, an additional one, or not at all.
 */
@Getter
@Setter
class IndicatorYearForm extends VersionedForm {

    static final String NONE = "NONE";
    static final String PRIMARY = "PRIMARY";
    static final String ADDITIONAL = "ADDITIONAL";

    /** KEY_OUTCOME, SUPPLEMENTARY, or NONE while the indicator is still to be developed. */
    private String category = NONE;

    private boolean newIndicator;

    private boolean inDevelopment;

    @Size(max = 500, message = "{edit.indicator.also-reported-in.size}")
    private String alsoReportedIn;

    /** One per priority of the year, in the year's order. */
    private List<Link> links = new ArrayList<>();

    @Getter
    @Setter
    static class Link {

        private Long priorityId;

        /** NONE, PRIMARY or ADDITIONAL. */
        private String choice = NONE;

        Link() {
        }

        Link(Long priorityId, String choice) {
            this.priorityId = priorityId;
            this.choice = choice;
        }
    }
}
