package uk.partnershipplans.portal.plan.model.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.history.NamedAs;
import uk.partnershipplans.portal.plan.IndicatorUnit;
import uk.partnershipplans.portal.plan.Polarity;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.shared.StoredRecord;

/** A performance indicator of a partnership: what is measured and how. Plan years choose which they report. */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Indicator extends StoredRecord {

    @NamedAs("Partnership")
    private Long partnershipId;

    private String name;

    private String code;

    private String definition;

    @Enumerated(EnumType.STRING)
    private IndicatorUnit unit;

    @Enumerated(EnumType.STRING)
    private Polarity polarity;

    @Enumerated(EnumType.STRING)
    private ReportingFrequency frequency;

    @Enumerated(EnumType.STRING)
    private PeriodType periodType;

    private String source;

    /** How far a figure may fall short of its target or average and be amber rather than red; null for the default. */
    private BigDecimal tolerancePercent;

    @Version
    private long version;

    public Indicator(Long partnershipId, String name, String code, IndicatorUnit unit, Polarity polarity,
            ReportingFrequency frequency, PeriodType periodType) {
        this.partnershipId = partnershipId;
        this.name = name;
        this.code = code;
        this.unit = unit;
        this.polarity = polarity;
        this.frequency = frequency;
        this.periodType = periodType;
    }

    public void revise(String name, String code, String definition, IndicatorUnit unit, Polarity polarity,
            ReportingFrequency frequency, PeriodType periodType, String source, BigDecimal tolerancePercent) {
        this.name = name;
        this.code = code;
        this.definition = definition;
        this.unit = unit;
        this.polarity = polarity;
        this.frequency = frequency;
        this.periodType = periodType;
        this.source = source;
        this.tolerancePercent = tolerancePercent;
    }
}
