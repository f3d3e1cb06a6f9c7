package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import uk.partnershipplans.portal.shared.SavedStamp;

/** An indicator's figure for one period, with the comparators known for the same period. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class IndicatorValue extends SavedStamp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Indicator indicator;

    private String periodLabel;

    private LocalDate periodEnd;

    private BigDecimal figure;

    private boolean provisional;

    /** Why there is no figure, in the document's words: "tbc", "New indicator". */
    private String notAvailableReason;

    private BigDecimal nationalAverage;

    private BigDecimal statisticalNeighbour;

    private BigDecimal target;

    /** A comparison to the national average given in words where the document gives no figure. */
    private String nationalComparison;

    private String note;

    /** What the target rests on, such as a baseline ("Baseline 2012/13: 72%") or where it was agreed. */
    private String targetNote;

    @Version
    private long version;

    public IndicatorValue(Indicator indicator, String periodLabel, LocalDate periodEnd, BigDecimal figure, boolean provisional,
            String notAvailableReason, String nationalComparison, String note) {
        this.indicator = indicator;
        this.periodLabel = periodLabel;
        this.periodEnd = periodEnd;
        this.figure = figure;
        this.provisional = provisional;
        this.notAvailableReason = notAvailableReason;
        this.nationalComparison = nationalComparison;
        this.note = note;
    }

    public void revise(String periodLabel, LocalDate periodEnd, BigDecimal figure, String notAvailableReason, boolean provisional,
            BigDecimal nationalAverage, BigDecimal statisticalNeighbour, BigDecimal target, String nationalComparison,
            String note) {
        this.periodLabel = periodLabel;
        this.periodEnd = periodEnd;
        this.figure = figure;
        this.notAvailableReason = notAvailableReason;
        this.provisional = provisional;
        this.nationalAverage = nationalAverage;
        this.statisticalNeighbour = statisticalNeighbour;
        this.target = target;
        this.nationalComparison = nationalComparison;
        this.note = note;
    }

    /** An approved update gives this period's figures; the target and notes stay as they were. */
    public void report(BigDecimal figure, boolean provisional, BigDecimal nationalAverage, BigDecimal statisticalNeighbour) {
        this.figure = figure;
        this.provisional = provisional;
        this.notAvailableReason = null;
        this.nationalAverage = nationalAverage;
        this.statisticalNeighbour = statisticalNeighbour;
    }

    /** A period the partnership has set a target for before any figure is known. */
    public static IndicatorValue targetFor(Indicator indicator, String periodLabel, LocalDate periodEnd, BigDecimal target,
            String targetNote) {
        IndicatorValue value = new IndicatorValue(indicator, periodLabel, periodEnd, null, false, null, null, null);
        value.setTarget(target, targetNote);
        return value;
    }

    public void setTarget(BigDecimal target, String targetNote) {
        this.target = target;
        this.targetNote = targetNote;
    }
}
