package uk.partnershipplans.portal.plan.model.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.shared.SavedStamp;

/** An indicator as one plan year reports it: key outcome or supplementary, new, in development, also reported elsewhere. */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanYearIndicator extends SavedStamp {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PlanYear planYear;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Indicator indicator;

    @Enumerated(EnumType.STRING)
    private IndicatorCategory category;

    @Column(name = "new_indicator")
    private boolean newIndicator;

    private boolean inDevelopment;

    private String alsoReportedIn;

    private int position;

    @Version
    private long version;

    public PlanYearIndicator(PlanYear planYear, Indicator indicator, IndicatorCategory category, boolean newIndicator,
            boolean inDevelopment, String alsoReportedIn, int position) {
        this.planYear = planYear;
        this.indicator = indicator;
        this.category = category;
        this.newIndicator = newIndicator;
        this.inDevelopment = inDevelopment;
        this.alsoReportedIn = alsoReportedIn;
        this.position = position;
    }

    public void revise(IndicatorCategory category, boolean newIndicator, boolean inDevelopment, String alsoReportedIn) {
        this.category = category;
        this.newIndicator = newIndicator;
        this.inDevelopment = inDevelopment;
        this.alsoReportedIn = alsoReportedIn;
    }
}
