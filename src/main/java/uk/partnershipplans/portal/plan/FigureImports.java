package uk.partnershipplans.portal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.ProgressRecords.Period;
import uk.partnershipplans.portal.plan.model.indicator.Indicator;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorRepository;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValueRepository;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;
import uk.partnershipplans.portal.plan.read.PlanReadQueries;

/**
 * What an import of figures from a spreadsheet needs of the plan: a year's indicators with the rules for their figures
 * (the unit for {@link FigureRule}, the kind of period for {@link ReportingPeriods}, the periods that already hold an
 * approved figure), read in two queries; and, once an import is approved, its figures written to the plan, each marked
 * with who imported it and from which file.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class FigureImports {

    private final PlanReadQueries queries;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;

    /**
     * An indicator of the year as an import checks its rows. {@code periodKind} names its kind of period for messages
     * ("QUARTER", as the {@code plans.period-type.*} messages end); null for an indicator without one.
     */
    public record YearIndicator(Long id, String code, String name, IndicatorUnit unit, String periodKind,
            Set<String> periodsWithFigure) {

        /** Whether the text names a period at all ("2012/13 Q3", "2012/13 annual", "2011/12 academic", "2011 annual"). */
        public static boolean isPeriod(String typed) {
            return ReportingPeriods.endOf(typed).isPresent();
        }

        /**
         * The period the text names, when it is of this indicator's kind, with the label the documents would give it
         * ("2012/13 q3" becomes "2012/13 Q3"); empty for text that is not a period or a period of another kind.
         */
        public Optional<Period> periodOf(String typed) {
            if (periodKind == null) {
                return Optional.empty();
            }
            PeriodType kind = PeriodType.valueOf(periodKind);
            return ReportingPeriods.typeOf(typed).filter(kind::equals)
                    .flatMap(type -> ReportingPeriods.endOf(typed))
                    .map(end -> ReportingPeriods.latestEndingBy(kind, end));
        }

        /** Whether the plan already holds an approved figure for the period. */
        public boolean hasFigureFor(Period period) {
            return periodsWithFigure.contains(key(period.label())) || periodsWithFigure.contains(key(period.end()));
        }
    }

    /** One figure to write, as an approved import gives it. */
    public record Figure(Long indicatorId, Period period, BigDecimal figure, boolean provisional,
            BigDecimal nationalAverage, BigDecimal statisticalNeighbour, String nationalComparison, String note) {
    }

    /** The year's indicators in the year's order, each with the periods it already has a figure for. */
    @Transactional(readOnly = true)
    public List<YearIndicator> ofYear(Long yearId) {
        Map<Long, List<IndicatorValue>> held = queries.valuesOfYearIndicators(yearId).stream()
                .filter(v -> v.getFigure() != null)
                .collect(Collectors.groupingBy(v -> v.getIndicator().getId()));
        return queries.indicatorsOfYear(yearId).stream().map(use -> {
            Indicator indicator = use.getIndicator();
            Set<String> periods = new HashSet<>();
            for (IndicatorValue value : held.getOrDefault(indicator.getId(), List.of())) {
                periods.add(key(value.getPeriodLabel()));
                if (value.getPeriodEnd() != null && ReportingPeriods.typeOf(value.getPeriodLabel())
                        .orElse(indicator.getPeriodType()) == indicator.getPeriodType()) {
                    periods.add(key(value.getPeriodEnd()));
                }
            }
            return new YearIndicator(indicator.getId(), indicator.getCode(), indicator.getName(), indicator.getUnit(),
                    indicator.getPeriodType() == null ? null : indicator.getPeriodType().name(), Set.copyOf(periods));
        }).toList();
    }

    /**
     * Writes an approved import's figures to the plan, adding each period an indicator has no row for, marked as
     * imported by {@code importedBy} from {@code filename}. When any of the periods has gained an approved figure since
     * the import was checked, nothing is written and those figures are given back.
     */
    public List<Figure> record(List<Figure> figures, String importedBy, String filename) {
        Set<Long> indicatorIds = figures.stream().map(Figure::indicatorId).collect(Collectors.toSet());
        Map<String, IndicatorValue> held = values.findByIndicatorIdIn(indicatorIds).stream()
                .collect(Collectors.toMap(v -> v.getIndicator().getId() + " " + key(v.getPeriodLabel()),
                        Function.identity(), (first, second) -> first));
        List<Figure> taken = figures.stream().filter(f -> {
            IndicatorValue value = held.get(f.indicatorId() + " " + key(f.period().label()));
            return value != null && value.getFigure() != null;
        }).toList();
        if (!taken.isEmpty()) {
            return taken;
        }
        List<IndicatorValue> added = new ArrayList<>();
        for (Figure f : figures) {
            IndicatorValue value = held.get(f.indicatorId() + " " + key(f.period().label()));
            if (value == null) {
                value = new IndicatorValue(indicators.getReferenceById(f.indicatorId()), f.period().label(),
                        f.period().end(), null, false, null, null, null);
                added.add(value);
            }
            value.imported(f.figure(), f.provisional(), f.nationalAverage(), f.statisticalNeighbour(),
                    f.nationalComparison(), f.note(), importedBy, filename);
        }
        values.saveAll(added);
        return List.of();
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    private static String key(LocalDate end) {
        return "ends " + end;
    }
}
