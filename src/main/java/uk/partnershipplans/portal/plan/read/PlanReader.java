package uk.partnershipplans.portal.plan.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.partner.PartnerDirectory.OrganisationSummary;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.plan.PlanFacts.ReportFacts;
import uk.partnershipplans.portal.plan.PlanFacts;
import uk.partnershipplans.portal.plan.model.framework.ExternalFramework;
import uk.partnershipplans.portal.plan.model.framework.FrameworkAmbition;
import uk.partnershipplans.portal.plan.model.OperationalObjective;
import uk.partnershipplans.portal.plan.model.PlanPartner;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.plan.model.PriorityGroup;
import uk.partnershipplans.portal.plan.model.StrategicObjective;
import uk.partnershipplans.portal.plan.model.indicator.Indicator;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorCategory;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorPriority;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;
import uk.partnershipplans.portal.plan.read.IndicatorSummary.Kind;
import uk.partnershipplans.portal.plan.read.IndicatorSummary.Mark;
import uk.partnershipplans.portal.plan.read.PlanReadQueries.ActionAmbition;
import uk.partnershipplans.portal.plan.read.PlanReadQueries.Count;
import uk.partnershipplans.portal.plan.read.PlanReadQueries.Pair;
import uk.partnershipplans.portal.shared.Narrative;
import uk.partnershipplans.portal.shared.Numbering;

/**
 * Reads plans for the reading pages. Each method loads everything its page shows in one read-only transaction, with a
 * fixed number of queries (see {@link PlanReadQueries}), and returns plain records: no entity leaves this class.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class PlanReader {

    private final PlanReadQueries queries;
    private final PartnerDirectory partnerDirectory;

    Optional<PlanPage> plan(Long id) {
        return queries.plan(id).map(plan -> {
            Map<Long, PlanPartner> named = queries.partners(id).stream()
                    .collect(Collectors.toMap(PlanPartner::getOrganisationId, Function.identity(), (a, b) -> a));
            List<OrganisationSummary> organisations = partnerDirectory.organisations(named.keySet());
            return new PlanPage(PlanRef.of(plan),
                    partnerDirectory.partnership(plan.getPartnershipId()).map(PartnerDirectory.PartnershipSummary::name).orElse(null),
                    plan.getStatus(), Narrative.parse(plan.getVision()),
                    queries.yearsOfPlan(id).stream().map(year -> new YearRef(year.getId(), year.getLabel(), PlanRef.of(plan), year.isReadOnly())).toList(),
                    queries.themes(id).stream().map(t -> numbered(String.valueOf(t.getNumber()), t.getTitle(), t.getDescription())).toList(),
                    queries.principles(id).stream().map(p -> numbered(String.valueOf(p.getNumber()), p.getTitle(), p.getDescription())).toList(),
                    objectives(queries.objectives(id), queries.prioritiesServingObjectives(id)),
                    queries.planSections(id).stream().map(s -> new NarrativeSection(s.getTitle(), Narrative.parse(s.getDescription()))).toList(),
                    queries.initiatives(id).stream()
                            .map(i -> new PlanPage.Initiative(i.getTitle(), Narrative.parse(i.getDescription()), i.getLead(),
                                    i.getAccountablePartnership(), Narrative.parse(i.getSupport()))).toList(),
                    partners(organisations, named, PartnerCategory.RELEVANT_PARTNER),
                    partners(organisations, named, PartnerCategory.OTHER_PARTNER),
                    queries.frameworksOfPlan(id).stream().sorted(Comparator.comparing(ExternalFramework::getName))
                            .map(PlanReader::framework).toList(),
                    queries.references(id).stream()
                            .map(r -> new PlanPage.Reference(WebLink.of(r.getTitle(), r.getUrl()), r.getDated())).toList());
        });
    }

    Optional<PlanYearPage> planYear(Long id) {
        return queries.planYear(id).map(year -> {
            Map<Long, Long> actions = counts(queries.actionCounts(id));
            Map<Long, Long> indicators = counts(queries.indicatorCounts(id));
            return new PlanYearPage(YearRef.of(year), year.getStartDate(), year.getEndDate(), year.getPreviousYearLabel(),
                    year.getStatus(), year.getApprovedOn(), year.getApprovedBy(),
                    queries.priorities(id).stream()
                            .map(p -> new PlanYearPage.PriorityRow(PriorityRef.of(p), actions.getOrDefault(p.getId(), 0L),
                                    indicators.getOrDefault(p.getId(), 0L)))
                            .toList());
        });
    }

    Optional<PriorityPage> priority(Long id) {
        return queries.priority(id).map(priority -> {
            Long yearId = priority.getPlanYear().getId();
            Map<Long, ReportFacts> latest = new HashMap<>(); // newest first: the first of each action is its latest
            queries.reportsOfPriorityActions(id).forEach(r -> latest.putIfAbsent(r.getActionId(), PlanFacts.report(r)));
            Map<Long, List<IndicatorValue>> values = queries.valuesOfPriorityIndicators(id).stream()
                    .collect(Collectors.groupingBy(v -> v.getIndicator().getId()));
            Map<Long, PlanYearIndicator> uses = queries.yearUsesOfPriorityIndicators(yearId, id).stream()
                    .collect(Collectors.toMap(u -> u.getIndicator().getId(), Function.identity()));
            List<PriorityPage.IndicatorRow> indicators = queries.indicatorsOfPriority(id).stream()
                    .sorted(Comparator.comparing((IndicatorPriority ip) -> !ip.isPrimary())
                            .thenComparing(ip -> position(uses.get(ip.getIndicator().getId())))
                            .thenComparing(ip -> ip.getIndicator().getName()))
                    .map(ip -> new PriorityPage.IndicatorRow(ip.getIndicator().getId(), ip.getIndicator().getName(),
                            ip.isPrimary(), CurrentPerformance.of(ip.getIndicator(),
                                    values.getOrDefault(ip.getIndicator().getId(), List.of()), uses.get(ip.getIndicator().getId()))))
                    .toList();
            OperationalObjective objective = priority.getOperationalObjective();
            return new PriorityPage(YearRef.of(priority.getPlanYear()), PriorityRef.of(priority),
                    objective == null ? null : new PriorityPage.Serves(objective.getNumber(), objective.getTitle(),
                            objective.getStrategicObjective().getNumber(), objective.getStrategicObjective().getTitle()),
                    queries.prioritySections(id).stream()
                            .map(s -> new NarrativeSection(s.getHeading(), Narrative.parse(s.getBody()))).toList(),
                    Narrative.parse(priority.getLeadResponsibility()),
                    queries.priorityLinks(id).stream().map(l -> WebLink.of(l.getTitle(), l.getUrl())).toList(),
                    queries.actionsOfPriority(id).stream()
                            .map(a -> new PriorityPage.ActionRow(a.getId(), a.getNumber(), Narrative.parse(a.getText()),
                                    a.getTargetWording(), a.getTargetDate(), latest.get(a.getId())))
                            .toList(),
                    queries.milestonesOfPriority(id).stream()
                            .map(m -> new MilestoneRow(m.getText(), m.getDueWording(), m.getDueDate(), m.getCompletedOn(),
                                    m.getAction() == null ? null : m.getAction().getId(),
                                    m.getAction() == null ? null : m.getAction().getNumber()))
                            .toList(),
                    indicators);
        });
    }

    Optional<ActionPage> action(Long id) {
        return queries.action(id).map(action -> {
            Map<String, List<String>> ambitions = new LinkedHashMap<>();
            for (ActionAmbition ambition : queries.ambitionsOfAction(id)) {
                ambitions.computeIfAbsent(ambition.framework(), f -> new ArrayList<>()).add(ambition.ambition());
            }
            return new ActionPage(YearRef.of(action.getPlanYear()), action.getId(), action.getNumber(),
                    Narrative.parse(action.getText()), action.getTargetWording(), action.getTargetDate(),
                    Narrative.parse(action.getLead()),
                    queries.prioritiesOfAction(id).stream().map(PriorityRef::of).toList(),
                    ambitions.entrySet().stream()
                            .map(e -> new ActionPage.FrameworkAmbitions(e.getKey(), List.copyOf(e.getValue()))).toList(),
                    queries.reportsOfAction(id).stream().map(PlanFacts::report).toList(),
                    queries.milestonesOfAction(id).stream()
                            .map(m -> new MilestoneRow(m.getText(), m.getDueWording(), m.getDueDate(), m.getCompletedOn(),
                                    m.getPriority().getId(), m.getPriority().getNumber()))
                            .toList());
        });
    }

    Optional<IndicatorPage> indicator(Long id) {
        return queries.indicator(id).map(indicator -> new IndicatorPage(indicator.getId(), indicator.getName(),
                indicator.getCode(), Narrative.parse(indicator.getDefinition()), indicator.getUnit(),
                indicator.getPolarity(), indicator.getFrequency(), indicator.getPeriodType(), indicator.getSource(),
                queries.yearUsesOfIndicator(id).stream()
                        .map(u -> new IndicatorPage.YearUse(YearRef.of(u.getPlanYear()), u.getCategory(), u.isNewIndicator(),
                                u.isInDevelopment(), places(u.getAlsoReportedIn())))
                        .toList(),
                queries.prioritiesOfIndicator(id).stream()
                        .map(ip -> new IndicatorPage.PriorityUse(YearRef.of(ip.getPriority().getPlanYear()),
                                PriorityRef.of(ip.getPriority()), ip.isPrimary()))
                        .toList(),
                queries.valuesOfIndicator(id).stream()
                        .sorted(CurrentPerformance.LATEST_FIRST.reversed())
                        .map(v -> new IndicatorPage.ValueRow(v.getPeriodLabel(), CurrentPerformance.format(v.getFigure()),
                                v.isProvisional(), v.getNotAvailableReason(), CurrentPerformance.format(v.getNationalAverage()),
                                CurrentPerformance.format(v.getStatisticalNeighbour()), CurrentPerformance.format(v.getTarget()),
                                v.getNationalComparison(), v.getNote(), v.getImportedBy(), v.getImportedFrom()))
                        .toList(),
                queries.reportsOfIndicator(id).stream().map(PlanFacts::report).toList()));
    }

    Optional<ActionMatrix> actionMatrix(Long yearId) {
        return queries.planYear(yearId).map(year -> actionMatrix(year, queries.priorities(yearId).stream().map(PriorityRef::of)
                .toList(), queries.priorityGroups(yearId)));
    }

    /** The matrix of a year whose priorities and priority groups are already read. */
    ActionMatrix actionMatrix(PlanYear year, List<PriorityRef> priorities, List<PriorityGroup> priorityGroups) {
        Long yearId = year.getId();
        List<PriorityColumn> priorityColumns = PriorityColumn.of(priorities, priorityGroups, PriorityGroup::getActionsHeading);
        Map<Long, Set<Long>> ticks = queries.actionPriorities(yearId).stream()
                .collect(Collectors.groupingBy(Pair::fromId, Collectors.mapping(Pair::toId, Collectors.toSet())));
        List<ActionAmbition> supported = queries.actionAmbitionsOfYear(yearId);
        Map<Long, ActionMatrix.AmbitionColumn> columns = new LinkedHashMap<>();
        supported.forEach(s -> columns.putIfAbsent(s.ambitionId(), new ActionMatrix.AmbitionColumn(s.framework(), s.ambition())));
        Set<List<Long>> supports = supported.stream().map(s -> List.of(s.actionId(), s.ambitionId())).collect(Collectors.toSet());
        List<ActionMatrix.Row> rows = queries.actionsOfYear(yearId).stream()
                .map(a -> new ActionMatrix.Row(a.getId(), a.getNumber(), Narrative.parse(a.getText()), a.getTargetWording(),
                        priorityColumns.stream().map(c -> c.covers(ticks.getOrDefault(a.getId(), Set.of()))).toList(),
                        columns.keySet().stream().map(ambitionId -> supports.contains(List.of(a.getId(), ambitionId))).toList()))
                .toList();
        return new ActionMatrix(YearRef.of(year), priorities, priorityColumns, List.copyOf(columns.values()), rows);
    }

    Optional<IndicatorSummary> indicatorSummary(Long yearId) {
        return queries.planYear(yearId).map(year -> indicatorSummary(year, queries.priorities(yearId).stream()
                .map(PriorityRef::of).toList(), queries.priorityGroups(yearId)));
    }

    /** The indicator summary of a year whose priorities and priority groups are already read. */
    IndicatorSummary indicatorSummary(PlanYear year, List<PriorityRef> priorities,
            List<PriorityGroup> priorityGroups) {
        Long yearId = year.getId();
        List<PriorityColumn> priorityColumns = PriorityColumn.of(priorities, priorityGroups,
                PriorityGroup::getIndicatorsHeading);
        List<PlanYearIndicator> uses = queries.indicatorsOfYear(yearId);
        Map<List<Long>, Boolean> links = queries.indicatorPriorities(yearId).stream()
                .collect(Collectors.toMap(p -> List.of(p.fromId(), p.toId()), Pair::primary, (a, b) -> a || b));
        Map<Long, List<IndicatorValue>> values = queries.valuesOfYearIndicators(yearId).stream()
                .collect(Collectors.groupingBy(v -> v.getIndicator().getId()));
        List<String> places = uses.stream().flatMap(u -> places(u.getAlsoReportedIn()).stream()).distinct().toList();
        Map<Kind, List<IndicatorSummary.Row>> groups = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            groups.put(kind, new ArrayList<>());
        }
        for (PlanYearIndicator use : uses) {
            Indicator indicator = use.getIndicator();
            List<Mark> marks = priorityColumns.stream().map(c -> {
                List<Boolean> primary = c.priorities().stream().map(p -> links.get(List.of(indicator.getId(), p.id())))
                        .filter(Objects::nonNull).toList();
                return primary.isEmpty() ? Mark.NONE : primary.contains(true) ? Mark.PRIMARY : Mark.ADDITIONAL;
            }).toList();
            Set<String> alsoIn = new LinkedHashSet<>(places(use.getAlsoReportedIn()));
            groups.get(kindOf(use)).add(new IndicatorSummary.Row(indicator.getId(), indicator.getName(),
                    CurrentPerformance.of(indicator, values.getOrDefault(indicator.getId(), List.of()), use),
                    marks, places.stream().map(alsoIn::contains).toList()));
        }
        return new IndicatorSummary(YearRef.of(year), priorities, priorityColumns, places,
                groups.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                        .map(e -> new IndicatorSummary.Group(e.getKey(), List.copyOf(e.getValue()))).toList());
    }

    /** The places an indicator is also reported in, stored as one text separated by semicolons. */
    static List<String> places(String alsoReportedIn) {
        if (alsoReportedIn == null || alsoReportedIn.isBlank()) {
            return List.of();
        }
        return Arrays.stream(alsoReportedIn.split(";")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static Kind kindOf(PlanYearIndicator use) {
        if (use.isInDevelopment()) {
            return Kind.TO_BE_DEVELOPED;
        }
        if (use.getCategory() == null) {
            return Kind.OTHER;
        }
        return use.getCategory() == IndicatorCategory.KEY_OUTCOME ? Kind.KEY_OUTCOME : Kind.SUPPLEMENTARY;
    }

    private static int position(PlanYearIndicator use) {
        return use == null ? Integer.MAX_VALUE : use.getPosition();
    }

    private static Map<Long, Long> counts(Collection<Count> counts) {
        return counts.stream().collect(Collectors.toMap(Count::priorityId, Count::count));
    }

    private static PlanPage.Numbered numbered(String number, String title, String description) {
        return new PlanPage.Numbered(number, title, Narrative.parse(description));
    }

    private static List<PlanPage.Objective> objectives(List<StrategicObjective> objectives, List<Priority> serving) {
        Map<Long, List<PlanPage.ServedBy>> servedBy = serving.stream().collect(Collectors.groupingBy(
                p -> p.getOperationalObjective().getId(),
                Collectors.mapping(p -> new PlanPage.ServedBy(PriorityRef.of(p), p.getPlanYear().getLabel()),
                        Collectors.toList())));
        return objectives.stream()
                .sorted(Comparator.comparing(StrategicObjective::getNumber, Numbering.ORDER))
                .map(o -> new PlanPage.Objective(o.getNumber(), o.getTitle(), Narrative.parse(o.getDescription()),
                        o.partsUnder().stream()
                                .map(op -> new PlanPage.Operational(op.getNumber(), op.getTitle(),
                                        Narrative.parse(op.getDescription()), servedBy.getOrDefault(op.getId(), List.of())))
                                .toList()))
                .toList();
    }

    private static List<PlanPage.Partner> partners(List<OrganisationSummary> organisations,
            Map<Long, PlanPartner> named, PartnerCategory category) {
        return organisations.stream()
                .filter(o -> named.get(o.id()).getCategory() == category)
                .map(o -> new PlanPage.Partner(o.name(), named.get(o.id()).getQualifier(), o.kind(), o.parentName()))
                .toList();
    }

    private static PlanPage.Framework framework(ExternalFramework framework) {
        return new PlanPage.Framework(framework.getName(), framework.getPeriod(), WebLink.of(framework.getName(), framework.getUrl()),
                framework.getAmbitions().stream()
                        .sorted(Comparator.comparingInt(FrameworkAmbition::getPosition))
                        .map(a -> new PlanPage.Ambition(a.getShortName(), Narrative.parse(a.getDescription())))
                        .toList());
    }
}
