package uk.partnershipplans.portal.plan.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.PublishedPlan;
import uk.partnershipplans.portal.plan.PublishedPlans;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.plan.model.PriorityGroup;
import uk.partnershipplans.portal.plan.model.PriorityLink;
import uk.partnershipplans.portal.plan.model.PrioritySection;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * The published plan of a year, read as the reading pages read it: the plan's page ({@link PlanReader#plan}), the
 * action matrix and the indicator summary of the year (from its priorities and their groups, read once for both), and
 * its priorities' narrative sections and links, one query each for all of them. So the document shows exactly what
 * those pages show, in a fixed number of queries.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class PublishedPlanReader implements PublishedPlans {

    private final PlanReadQueries queries;
    private final PlanReader reader;

    @Override
    public Optional<PublishedPlan> ofYear(Long yearId) {
        return queries.planYear(yearId).map(year -> {
            PlanPage plan = reader.plan(year.getPlan().getId()).orElseThrow();
            List<Priority> yearPriorities = queries.priorities(yearId);
            List<PriorityRef> refs = yearPriorities.stream().map(PriorityRef::of).toList();
            List<PriorityGroup> groups = queries.priorityGroups(yearId);
            ActionMatrix matrix = reader.actionMatrix(year, refs, groups);
            IndicatorSummary summary = reader.indicatorSummary(year, refs, groups);
            Map<Long, List<PublishedPlan.Section>> sections = queries.prioritySectionsOfYear(yearId).stream()
                    .collect(Collectors.groupingBy(s -> s.getPriority().getId(),
                            Collectors.mapping(PublishedPlanReader::section, Collectors.toList())));
            Map<Long, List<PublishedPlan.Link>> links = queries.priorityLinksOfYear(yearId).stream()
                    .collect(Collectors.groupingBy(l -> l.getPriority().getId(),
                            Collectors.mapping(PublishedPlanReader::link, Collectors.toList())));
            List<PublishedPlan.Priority> priorities = yearPriorities.stream()
                    .map(p -> new PublishedPlan.Priority(p.getId(), p.getNumber(), p.getTitle(),
                            Narrative.parse(p.getLeadResponsibility()), sections.getOrDefault(p.getId(), List.of()),
                            links.getOrDefault(p.getId(), List.of())))
                    .toList();
            return new PublishedPlan(new PublishedPlan.Year(year.getId(), year.getLabel(),
                    new PublishedPlan.Plan(plan.plan().id(), plan.plan().title(), plan.plan().period())),
                    plan.partnershipName(), year.getStartDate(), year.getEndDate(),
                    year.getApprovedOn(), year.getApprovedBy(),
                    plan.sections().stream().map(s -> new PublishedPlan.Section(s.heading(), s.body())).toList(),
                    partners(plan.relevantPartners()), partners(plan.otherPartners()), plan.vision(),
                    parts(plan.themes()), objectives(plan.objectives(), year.getLabel()), parts(plan.principles()),
                    priorities, actions(matrix), indicators(summary),
                    plan.initiatives().stream().map(i -> new PublishedPlan.Initiative(i.title(), i.description(), i.lead(),
                            i.accountablePartnership(), i.support())).toList(),
                    plan.references().stream().map(r -> new PublishedPlan.Reference(r.link().title(), r.dated(),
                            r.link().url())).toList());
        });
    }

    private static PublishedPlan.Section section(PrioritySection section) {
        return new PublishedPlan.Section(section.getHeading(), Narrative.parse(section.getBody()));
    }

    private static PublishedPlan.Link link(PriorityLink link) {
        WebLink web = WebLink.of(link.getTitle(), link.getUrl());
        return new PublishedPlan.Link(web.title(), web.url());
    }

    private static List<PublishedPlan.Partner> partners(List<PlanPage.Partner> partners) {
        return partners.stream().map(p -> new PublishedPlan.Partner(p.name(), p.qualifier())).toList();
    }

    private static List<PublishedPlan.Part> parts(List<PlanPage.Numbered> parts) {
        return parts.stream().map(p -> new PublishedPlan.Part(p.number(), p.title(), p.description())).toList();
    }

    /** The objectives, each operational one with the priorities of this year (by its label) that serve it. */
    private static List<PublishedPlan.Objective> objectives(List<PlanPage.Objective> objectives, String yearLabel) {
        return objectives.stream().map(o -> new PublishedPlan.Objective(o.number(), o.title(), o.description(),
                o.operationalObjectives().stream().map(op -> new PublishedPlan.Operational(op.number(), op.title(),
                        op.description(), op.priorities().stream().filter(s -> s.yearLabel().equals(yearLabel))
                                .map(s -> s.priority().number()).toList()))
                        .toList()))
                .toList();
    }

    private static PublishedPlan.ActionTable actions(ActionMatrix matrix) {
        return new PublishedPlan.ActionTable(columns(matrix.columns()),
                matrix.ambitions().stream().map(a -> new PublishedPlan.Ambition(a.framework(), a.name())).toList(),
                matrix.rows().stream().map(r -> new PublishedPlan.ActionRow(r.id(), r.number(), r.text(), r.targetWording(),
                        r.priorities(), r.ambitions())).toList());
    }

    private static PublishedPlan.IndicatorTable indicators(IndicatorSummary summary) {
        return new PublishedPlan.IndicatorTable(columns(summary.columns()), summary.alsoReportedIn(),
                summary.groups().stream().map(g -> new PublishedPlan.IndicatorGroup(g.kind().name(),
                        g.rows().stream().map(r -> new PublishedPlan.IndicatorRow(r.id(), r.name(), performance(r.performance()),
                                r.marks().stream().map(m -> PublishedPlan.Mark.valueOf(m.name())).toList(), r.alsoIn()))
                                .toList()))
                        .toList());
    }

    private static List<PublishedPlan.Column> columns(List<PriorityColumn> columns) {
        return columns.stream().map(c -> new PublishedPlan.Column(c.number(), c.shortTitle(), c.footnote())).toList();
    }

    private static PublishedPlan.Performance performance(CurrentPerformance p) {
        return new PublishedPlan.Performance(p.state().name(), p.period(),
                p.frequency() == null ? null : p.frequency().name(), p.figure(), p.unit(), p.provisional(), p.reason());
    }
}
