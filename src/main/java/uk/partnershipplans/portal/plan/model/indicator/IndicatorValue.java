package uk.partnershipplans.portal.plan.model.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.Figures;
import uk.partnershipplans.portal.shared.SavedStamp;

/**
 * An indicator's figure for one period, with the comparators known for the same period. Each figure keeps the decimal
 * places it was given with ("64.0"), and its getter gives it back with them.
 */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class IndicatorValue extends SavedStamp {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Indicator indicator;

    private String periodLabel;

    private LocalDate periodEnd;

    private BigDecimal figure;

    @Getter(AccessLevel.NONE)
    private Integer figureDecimals;

    private boolean provisional;

    /** Why there is no figure, in the document's words: "tbc", "New indicator". */
    private String notAvailableReason;

    private BigDecimal nationalAverage;

    @Getter(AccessLevel.NONE)
    private Integer nationalAverageDecimals;

    private BigDecimal statisticalNeighbour;

    @Getter(AccessLevel.NONE)
    private Integer statisticalNeighbourDecimals;

    private BigDecimal target;

    @Getter(AccessLevel.NONE)
    private Integer targetDecimals;

    /** A comparison to the national average given in words where the document gives no figure. */
    private String nationalComparison;

    private String note;

    /** What the target rests on, such as a baseline ("Baseline 2012/13: 72%") or where it was agreed. */
    private String targetNote;

    /** Who imported the figure, when it came from an approved import of a spreadsheet; else null. */
    private String importedBy;

    /** The name of the file the figure was imported from. */
    private String importedFrom;

    @Version
    private long version;

    public IndicatorValue(Indicator indicator, String periodLabel, LocalDate periodEnd, BigDecimal figure, boolean provisional,
            String notAvailableReason, String nationalComparison, String note) {
        this.indicator = indicator;
        this.periodLabel = periodLabel;
        this.periodEnd = periodEnd;
        setFigure(figure);
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
        setFigure(figure);
        this.notAvailableReason = notAvailableReason;
        this.provisional = provisional;
        setComparators(nationalAverage, statisticalNeighbour);
        keepTarget(target);
        this.nationalComparison = nationalComparison;
        this.note = note;
    }

    /** An approved update gives this period's figures; the target and notes stay as they were. */
    public void report(BigDecimal figure, boolean provisional, BigDecimal nationalAverage, BigDecimal statisticalNeighbour) {
        setFigure(figure);
        this.provisional = provisional;
        this.notAvailableReason = null;
        setComparators(nationalAverage, statisticalNeighbour);
        this.importedBy = null;
        this.importedFrom = null;
    }

    /**
     * An approved import gives this period's figures, with the comparison in words and a note where the file gives
     * them (else the ones held stay), and says who imported them from which file; the target stays as it was.
     */
    public void imported(BigDecimal figure, boolean provisional, BigDecimal nationalAverage,
            BigDecimal statisticalNeighbour, String nationalComparison, String note, String importedBy, String filename) {
        report(figure, provisional, nationalAverage, statisticalNeighbour);
        if (nationalComparison != null) {
            this.nationalComparison = nationalComparison;
        }
        if (note != null) {
            this.note = note;
        }
        this.importedBy = importedBy;
        this.importedFrom = filename;
    }

    /** A period the partnership has set a target for before any figure is known. */
    public static IndicatorValue targetFor(Indicator indicator, String periodLabel, LocalDate periodEnd, BigDecimal target,
            String targetNote) {
        IndicatorValue value = new IndicatorValue(indicator, periodLabel, periodEnd, null, false, null, null, null);
        value.setTarget(target, targetNote);
        return value;
    }

    public void setTarget(BigDecimal target, String targetNote) {
        keepTarget(target);
        this.targetNote = targetNote;
    }

    public BigDecimal getFigure() {
        return Figures.withDecimals(figure, figureDecimals);
    }

    public BigDecimal getNationalAverage() {
        return Figures.withDecimals(nationalAverage, nationalAverageDecimals);
    }

    public BigDecimal getStatisticalNeighbour() {
        return Figures.withDecimals(statisticalNeighbour, statisticalNeighbourDecimals);
    }

    public BigDecimal getTarget() {
        return Figures.withDecimals(target, targetDecimals);
    }

    private void setFigure(BigDecimal figure) {
        this.figure = figure;
        this.figureDecimals = Figures.decimalsOf(figure);
    }

    private void keepTarget(BigDecimal target) {
        this.target = target;
        this.targetDecimals = Figures.decimalsOf(target);
    }

    private void setComparators(BigDecimal nationalAverage, BigDecimal statisticalNeighbour) {
        this.nationalAverage = nationalAverage;
        this.nationalAverageDecimals = Figures.decimalsOf(nationalAverage);
        this.statisticalNeighbour = statisticalNeighbour;
        this.statisticalNeighbourDecimals = Figures.decimalsOf(statisticalNeighbour);
    }
}
