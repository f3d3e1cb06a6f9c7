package uk.partnershipplans.portal.plan.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.partner.PartnerDirectory.PartnershipSummary;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.plan.FigureRule;
import uk.partnershipplans.portal.plan.IndicatorUnit;
import uk.partnershipplans.portal.plan.Polarity;
import uk.partnershipplans.portal.plan.ReportingPeriods;
import uk.partnershipplans.portal.plan.model.framework.ExternalFramework;
import uk.partnershipplans.portal.plan.model.framework.ExternalFrameworkRepository;
import uk.partnershipplans.portal.plan.model.framework.FrameworkAmbition;
import uk.partnershipplans.portal.plan.model.KeyTheme;
import uk.partnershipplans.portal.plan.model.Milestone;
import uk.partnershipplans.portal.plan.model.MilestoneRepository;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.PlanAction;
import uk.partnershipplans.portal.plan.model.PlanActionRepository;
import uk.partnershipplans.portal.plan.model.PlanPartner;
import uk.partnershipplans.portal.plan.model.PlanRepository;
import uk.partnershipplans.portal.plan.model.PlanSection;
import uk.partnershipplans.portal.plan.PlanStatus;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.PlanYearRepository;
import uk.partnershipplans.portal.plan.model.Principle;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.plan.model.PriorityGroup;
import uk.partnershipplans.portal.plan.model.PriorityGroupRepository;
import uk.partnershipplans.portal.plan.model.PriorityRepository;
import uk.partnershipplans.portal.plan.model.SupportedInitiative;
import uk.partnershipplans.portal.plan.model.indicator.Indicator;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorCategory;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorPriority;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorPriorityRepository;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorRepository;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValueRepository;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicatorRepository;
import uk.partnershipplans.portal.plan.model.indicator.ReportingFrequency;
import uk.partnershipplans.portal.shared.DemoDataLoads;

/**
 * The example plans of the default profile, transcribed from the council papers in {@code demo/}: the 2011-14 plan
 * with its 2013-14 year, the 2014-16 plan, and the position at September 2012 from the January 2013 committee report.
 * Figures are only those the documents give, with the decimal places they print. Loaded once ({@link DemoDataLoads}),
 * after the partners, so that whatever an admin renames afterwards, nothing is loaded again; never in the postgres
 * profile.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("portal.demo-data")
@RequiredArgsConstructor
@Slf4j
class DemoPlans implements ApplicationRunner {

    private static final String PART = "plans";
    private static final String SEPTEMBER_2012 = "September 2012";

    private final JsonMapper json;
    private final PartnerDirectory partnerDirectory;
    private final PlanRepository plans;
    private final PlanYearRepository planYears;
    private final PriorityRepository priorities;
    private final PlanActionRepository actions;
    private final MilestoneRepository milestones;
    private final IndicatorRepository indicators;
    private final PlanYearIndicatorRepository planYearIndicators;
    private final IndicatorPriorityRepository indicatorPriorities;
    private final IndicatorValueRepository indicatorValues;
    private final ExternalFrameworkRepository frameworks;
    private final PriorityGroupRepository priorityGroups;
    private final DemoDataLoads loads;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PartnershipDocument(Named partnership, List<PlanFile> plans, List<PartnerData> partners) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Named(String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlanFile(String key, String title, String file) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PartnerData(String name, PartnerCategory category, List<PlanKey> memberships) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** A plan that names the partner, with how it qualifies the name ("including ... public health"), if it does. */
    record PlanKey(String plan, String qualifier) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlanData(String title, int startYear, int endYear, PlanStatus status, String ambition, List<NumberedData> themes,
            List<NumberedData> principles, List<SectionData> sections, List<InitiativeData> supportedInitiatives,
            List<FrameworkData> externalFrameworks, List<YearData> years) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NumberedData(int number, String title, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SectionData(String heading, String body) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record InitiativeData(String title, String description, String lead) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FrameworkData(String name, String period, String url, List<String> keyAmbitions, List<String> ambitions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record YearData(String label, LocalDate startDate, LocalDate endDate, String previousYearLabel,
            List<PriorityData> priorities, List<ActionData> actions, List<IndicatorData> indicators,
            List<ToBeDevelopedData> indicatorsToBeDeveloped, List<ColumnData> matrixColumns,
            List<ColumnData> sectionTableColumns) {
    }

    /** A column of the action summary or the indicator table: its heading, the priorities under it, its footnote. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ColumnData(String heading, List<String> priorities, String footnote) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PriorityData(String number, String title, List<SectionData> sections, String leadResponsibility,
            List<LinkData> relatedStrategies, List<MilestoneData> milestones) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LinkData(String title, String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MilestoneData(String text, String dueWording, LocalDate dueDate, String action) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActionData(String number, String ref, String text, String targetWording, LocalDate targetDate, String lead,
            List<String> priorities, List<String> ambitions) {

        String reference() {
            return ref != null ? ref : number;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IndicatorData(String name, String code, IndicatorCategory category, IndicatorUnit unit, Polarity polarity,
            PeriodType periodType, boolean isNew, List<LinkToPriority> priorityLinks, List<String> alsoReportedIn,
            List<ValueData> values) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LinkToPriority(String priority, boolean primary) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ValueData(String period, BigDecimal value, boolean provisional, boolean notAvailable, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ToBeDevelopedData(String text, String priority) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProgressData(String title, LocalDate date, String plan, String planYearReported, LocalDate planYearStart,
            LocalDate planYearEnd, String dataNote, List<ComparedIndicator> indicatorsAboveNational,
            List<ComparedIndicator> indicatorsBelowNational) {
    }

    /**
     * An indicator the report names: the plan's indicator it matches, or (where the plan has none that measures the same)
     * an indicator of the report's own, named {@code indicatorName}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ComparedIndicator(String name, String matchesIndicator, String indicatorName) {

        String indicator() {
            return matchesIndicator != null ? matchesIndicator : indicatorName;
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (loads.isLoaded(PART)) {
            return;
        }
        PartnershipDocument partnership = read("demo/partnership.json", PartnershipDocument.class);
        Optional<Long> partnershipId = partnerDirectory.partnershipNamed(partnership.partnership().name())
                .map(PartnershipSummary::id);
        if (partnershipId.isEmpty()) {
            // Only a database whose demo partnership was loaded, renamed, and its plans never loaded: nothing to add them to.
            log.warn("The demo plans were not loaded: there is no partnership named '{}' to add them to",
                    partnership.partnership().name());
            return;
        }
        Map<String, Plan> plansByTitle = new HashMap<>();
        for (PlanFile file : partnership.plans()) {
            PlanData data = read("demo/" + file.file(), PlanData.class);
            Plan plan = loadPlan(partnershipId.get(), data);
            namePartners(plan, file.key(), partnership.partners());
            plansByTitle.put(plan.getTitle(), plan);
        }
        loadProgress(partnershipId.get(), plansByTitle, read("demo/progress-2012-09.json", ProgressData.class));
        loads.recordLoaded(PART);
    }

    private Plan loadPlan(Long partnershipId, PlanData data) {
        Plan plan = new Plan(partnershipId, data.title(), data.startYear(), data.endYear(), data.ambition(), data.status());
        for (SectionData section : data.sections()) {
            plan.getSections().add(new PlanSection(plan, plan.getSections().size() + 1, section.heading(), section.body()));
        }
        data.themes().forEach(t -> plan.getThemes().add(new KeyTheme(plan, t.number(), t.title(), t.description())));
        data.principles().forEach(p -> plan.getPrinciples().add(new Principle(plan, p.number(), p.title(), p.description())));
        for (InitiativeData initiative : data.supportedInitiatives()) {
            plan.getSupportedInitiatives().add(new SupportedInitiative(plan, plan.getSupportedInitiatives().size() + 1,
                    initiative.title(), initiative.description(), initiative.lead()));
        }
        plans.save(plan);
        Map<String, FrameworkAmbition> ambitions = loadFrameworks(partnershipId, data.externalFrameworks());
        for (YearData year : data.years()) {
            loadYear(partnershipId, plan, year, ambitions);
        }
        return plan;
    }

    /** Each ambition is named as the action tables head its column; its description is the strategy's own words. */
    private Map<String, FrameworkAmbition> loadFrameworks(Long partnershipId, List<FrameworkData> data) {
        Map<String, FrameworkAmbition> byName = new HashMap<>();
        if (data == null) {
            return byName;
        }
        for (FrameworkData framework : data) {
            ExternalFramework saved = new ExternalFramework(partnershipId, framework.name(), framework.period(), framework.url());
            for (String column : framework.ambitions()) {
                List<String> words = List.of(column.replaceFirst("^A ", "").split(" & "));
                String description = String.join("\n\n", framework.keyAmbitions().stream()
                        .filter(ambition -> words.stream().anyMatch(ambition::contains)).toList());
                byName.put(column, saved.addAmbition(column, description));
            }
            frameworks.save(saved);
        }
        return byName;
    }

    private void loadYear(Long partnershipId, Plan plan, YearData data, Map<String, FrameworkAmbition> ambitions) {
        PlanYear year = new PlanYear(plan, data.label(), data.startDate(), data.endDate(), data.previousYearLabel());
        year.standAt(plan.getStatus(), null, null); // as its published plan; the documents do not say who approved it, or when
        planYears.save(year);
        Map<String, Priority> prioritiesByNumber = new HashMap<>();
        for (PriorityData p : data.priorities()) {
            Priority priority = new Priority(year, p.number(), p.title(), p.leadResponsibility(), prioritiesByNumber.size() + 1);
            p.sections().forEach(section -> priority.addSection(section.heading(), section.body()));
            p.relatedStrategies().forEach(link -> priority.addLink(link.title(), link.url()));
            prioritiesByNumber.put(p.number(), priorities.save(priority));
        }
        Map<String, List<String>> grouped = groupPriorities(year, data, prioritiesByNumber);
        Map<String, PlanAction> actionsByReference = new HashMap<>(); // by number and by reference such as "3.1.1"
        for (ActionData a : data.actions()) {
            PlanAction action = new PlanAction(year, a.reference(), a.text(), a.targetWording(), a.targetDate(), a.lead(),
                    data.actions().indexOf(a) + 1);
            a.priorities().stream().flatMap(number -> grouped.getOrDefault(number, List.of(number)).stream()).distinct()
                    .forEach(number -> action.getPriorities().add(required(prioritiesByNumber, number)));
            if (a.ambitions() != null) {
                a.ambitions().forEach(name -> {
                    FrameworkAmbition ambition = required(ambitions, name);
                    action.getAmbitions().add(ambition);
                    plan.getFrameworks().add(ambition.getFramework()); // the plan works towards what its actions support
                });
            }
            PlanAction saved = actions.save(action);
            actionsByReference.put(a.number(), saved);
            actionsByReference.put(a.reference(), saved);
        }
        Set<List<Object>> heldForAction = new HashSet<>(); // the same commitment under two priorities is one action's once
        for (PriorityData p : data.priorities()) {
            int position = 1;
            for (MilestoneData m : p.milestones()) {
                PlanAction action = m.action() == null ? null : required(actionsByReference, m.action());
                if (action != null && !heldForAction.add(List.of(action.getId(), m.text().strip().toLowerCase(Locale.UK)))) {
                    action = null; // still one of this priority's milestones, but not the action's a second time
                }
                milestones.save(new Milestone(prioritiesByNumber.get(p.number()), action, position++, m.text(),
                        m.dueWording(), m.dueDate()));
            }
        }
        int position = 1;
        for (IndicatorData i : data.indicators()) {
            Indicator indicator = indicators.findByPartnershipIdAndName(partnershipId, i.name())
                    .orElseGet(() -> indicators.save(new Indicator(partnershipId, i.name(), i.code(), i.unit(), i.polarity(),
                            frequencyOf(i), i.periodType())));
            planYearIndicators.save(new PlanYearIndicator(year, indicator, i.category(), i.isNew(), false,
                    i.alsoReportedIn() == null || i.alsoReportedIn().isEmpty() ? null : String.join("; ", i.alsoReportedIn()),
                    position++));
            i.priorityLinks().forEach(link -> grouped.getOrDefault(link.priority(), List.of(link.priority())).forEach(
                    number -> indicatorPriorities.save(
                            new IndicatorPriority(indicator, required(prioritiesByNumber, number), link.primary()))));
            for (ValueData v : i.values()) {
                if ("New indicator".equals(v.note())) {
                    continue; // shown by the plan year's "new indicator" flag, not as a figure
                }
                indicatorValues.save(new IndicatorValue(indicator, v.period(), ReportingPeriods.endOf(v.period()).orElse(null),
                        figure(i, v), v.provisional(), v.notAvailable() ? v.note() : null, null, null));
            }
        }
        if (data.indicatorsToBeDeveloped() != null) {
            for (ToBeDevelopedData d : data.indicatorsToBeDeveloped()) {
                Indicator indicator = indicators.save(new Indicator(partnershipId, d.text(), null, null, null, null, null));
                planYearIndicators.save(new PlanYearIndicator(year, indicator, null, false, true, null, position++));
                indicatorPriorities.save(new IndicatorPriority(indicator, required(prioritiesByNumber, d.priority()), true));
            }
        }
    }

    /**
     * The priorities the year's tables head under one column: a group for each column of the action summary with
     * several priorities, headed in the indicator table as the column with the same priorities is. The documents tick
     * the first priority of a group for the whole column, so each priority number maps to the whole group's.
     */
    private Map<String, List<String>> groupPriorities(PlanYear year, YearData data, Map<String, Priority> prioritiesByNumber) {
        Map<String, List<String>> grouped = new HashMap<>();
        if (data.matrixColumns() == null) {
            return grouped;
        }
        int position = 1;
        for (ColumnData column : data.matrixColumns()) {
            if (column.priorities().size() < 2) {
                continue;
            }
            ColumnData inTable = data.sectionTableColumns() == null ? column : data.sectionTableColumns().stream()
                    .filter(c -> column.priorities().equals(c.priorities())).findFirst().orElse(column);
            Set<Priority> members = column.priorities().stream().map(number -> required(prioritiesByNumber, number))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            priorityGroups.save(new PriorityGroup(year, position++, column.heading(), inTable.heading(), inTable.footnote(),
                    members));
            column.priorities().forEach(number -> grouped.put(number, column.priorities()));
        }
        return grouped;
    }

    /**
     * The value's figure read by the rule every figure typed in the portal follows, keeping the decimal places the paper
     * prints ("64.0", "5.00"); a figure the rule refuses is a mistake in the demo data.
     */
    private static BigDecimal figure(IndicatorData indicator, ValueData value) {
        if (value.value() == null) {
            return null;
        }
        return FigureRule.read(value.value().toPlainString(), indicator.unit(), "value", "plans.indicator.value.figure",
                problem -> {
                    throw new IllegalStateException("Demo figure " + value.value() + " of " + indicator.name()
                            + " breaks the rule for figures: " + problem.code());
                }).orElseThrow();
    }

    private static ReportingFrequency frequencyOf(IndicatorData indicator) {
        String period = indicator.values().isEmpty() ? "" : indicator.values().get(0).period().toLowerCase(Locale.ROOT);
        if (period.equals("quarterly") || period.matches(".*\\bq[1-4]\\b(?!.*annual).*")) {
            return ReportingFrequency.QUARTERLY;
        }
        if (period.contains("annual") || period.contains("academic")) {
            return ReportingFrequency.ANNUAL;
        }
        return null;
    }

    private void namePartners(Plan plan, String planKey, List<PartnerData> partners) {
        for (PartnerData partner : partners) {
            partner.memberships().stream().filter(m -> m.plan().equals(planKey)).findFirst().ifPresent(named -> {
                Long organisationId = partnerDirectory.organisationIdNamed(partner.name())
                        .orElseThrow(() -> new IllegalStateException("Unknown demo partner " + partner.name()));
                plan.getPartners().add(new PlanPartner(plan, organisationId, partner.category(), named.qualifier()));
            });
        }
    }

    /**
     * The year the committee report describes, with the indicators it names and only what it states of them: whether
     * each was above or below the national average at the end of September 2012. It names no actions, so the year has
     * none; its note says what the report does not give.
     */
    private void loadProgress(Long partnershipId, Map<String, Plan> plansByTitle, ProgressData progress) {
        PlanYear year = planYears.save(new PlanYear(required(plansByTitle, progress.plan()), progress.planYearReported(),
                progress.planYearStart(), progress.planYearEnd(), null));
        year.standAt(year.getPlan().getStatus(), null, null);
        year.noteData(progress.dataNote());
        String note = "Children's Trust six-monthly progress report, position at the end of September 2012 ("
                + progress.title() + ", " + progress.date() + ")";
        int position = 1;
        position = compare(partnershipId, year, position, progress.indicatorsAboveNational(), "Better than the national average", note);
        compare(partnershipId, year, position, progress.indicatorsBelowNational(), "Worse than the national average", note);
    }

    private int compare(Long partnershipId, PlanYear year, int position, List<ComparedIndicator> compared, String comparison,
            String note) {
        for (ComparedIndicator c : compared) {
            Indicator indicator = indicators.findByPartnershipIdAndName(partnershipId, c.indicator())
                    .orElseGet(() -> indicators.save(new Indicator(partnershipId, c.indicator(), null, null, null, null, null)));
            planYearIndicators.save(new PlanYearIndicator(year, indicator, null, false, false, null, position++));
            indicatorValues.save(new IndicatorValue(indicator, SEPTEMBER_2012, LocalDate.of(2012, 9, 30), null, false, null,
                    comparison, note));
        }
        return position;
    }

    private static <T> T required(Map<String, T> map, String key) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("Demo data refers to unknown '" + key + "'");
        }
        return value;
    }

    private <T> T read(String path, Class<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
