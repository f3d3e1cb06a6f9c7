package uk.partnershipplans.portal.plan.read;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import uk.partnershipplans.portal.plan.PlanFacts;
import uk.partnershipplans.portal.plan.model.framework.ExternalFramework;
import uk.partnershipplans.portal.plan.model.KeyTheme;
import uk.partnershipplans.portal.plan.model.Milestone;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.model.PlanAction;
import uk.partnershipplans.portal.plan.model.PlanPartner;
import uk.partnershipplans.portal.plan.model.PlanReference;
import uk.partnershipplans.portal.plan.model.PlanSection;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.Principle;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.plan.model.PriorityGroup;
import uk.partnershipplans.portal.plan.model.PriorityLink;
import uk.partnershipplans.portal.plan.model.PrioritySection;
import uk.partnershipplans.portal.plan.model.ProgressReport;
import uk.partnershipplans.portal.plan.model.StrategicObjective;
import uk.partnershipplans.portal.plan.model.SupportedInitiative;
import uk.partnershipplans.portal.plan.model.indicator.Indicator;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorPriority;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;

/**
 * The queries behind the reading pages. Each loads one kind of row for a whole page in one statement (fetch joins
 * for what the page shows of the rows it reads, sub-queries instead of id lists), so a page costs the same number of
 * statements however many priorities, actions or indicators a year has.
 */
public interface PlanReadQueries extends Repository<Plan, Long> {

    /** An action's link to a priority, or an indicator's (with whether it is the priority's primary indicator). */
    record Pair(Long fromId, Long toId, boolean primary) {
    }

    /** How many actions or indicators a priority has. */
    record Count(Long priorityId, long count) {
    }

    /** An action's support for an ambition of an external framework. */
    record ActionAmbition(Long actionId, Long ambitionId, String ambition, String framework) {
    }

    // Plans and years

    @Query("select p from Plan p order by p.startYear desc, p.title")
    List<Plan> plans();

    @Query("select y from PlanYear y order by y.startDate, y.label")
    List<PlanYear> planYears();

    @Query("select p from Plan p where p.id = :id")
    Optional<Plan> plan(@Param("id") Long id);

    @Query("select y from PlanYear y where y.plan.id = :planId order by y.startDate, y.label")
    List<PlanYear> yearsOfPlan(@Param("planId") Long planId);

    @Query("select t from KeyTheme t where t.plan.id = :planId order by t.number")
    List<KeyTheme> themes(@Param("planId") Long planId);

    @Query("select p from Principle p where p.plan.id = :planId order by p.number")
    List<Principle> principles(@Param("planId") Long planId);

    @Query("select distinct o from StrategicObjective o left join fetch o.operationalObjectives where o.plan.id = :planId")
    List<StrategicObjective> objectives(@Param("planId") Long planId);

    @Query("select s from PlanSection s where s.plan.id = :planId order by s.number")
    List<PlanSection> planSections(@Param("planId") Long planId);

    @Query("select r from PlanReference r where r.plan.id = :planId order by r.position, r.id")
    List<PlanReference> references(@Param("planId") Long planId);

    @Query("select i from SupportedInitiative i where i.plan.id = :planId order by i.position")
    List<SupportedInitiative> initiatives(@Param("planId") Long planId);

    @Query("select pp from Plan p join p.partners pp where p.id = :planId")
    List<PlanPartner> partners(@Param("planId") Long planId);

    /** The frameworks the plan works towards, with their ambitions. */
    @Query("""
            select distinct f from Plan p join p.frameworks f left join fetch f.ambitions
            where p.id = :planId""")
    List<ExternalFramework> frameworksOfPlan(@Param("planId") Long planId);

    @Query("select y from PlanYear y join fetch y.plan where y.id = :id")
    Optional<PlanYear> planYear(@Param("id") Long id);

    // Priorities

    @Query("select p from Priority p where p.planYear.id = :yearId order by p.position, p.number")
    List<Priority> priorities(@Param("yearId") Long yearId);

    @Query("select p from Priority p join fetch p.planYear y join fetch y.plan left join fetch p.operationalObjective o"
            + " left join fetch o.strategicObjective where p.id = :id")
    Optional<Priority> priority(@Param("id") Long id);

    /** The priorities of every year of a plan, year by year in plan order. */
    @Query("select p from Priority p join fetch p.planYear y where y.plan.id = :planId order by y.startDate, y.label,"
            + " p.position, p.number")
    List<Priority> prioritiesOfPlan(@Param("planId") Long planId);

    /** The priorities of a plan's years that serve an operational objective, year by year in plan order. */
    @Query("select p from Priority p join fetch p.planYear y where y.plan.id = :planId and p.operationalObjective is not null"
            + " order by y.startDate, p.position, p.number")
    List<Priority> prioritiesServingObjectives(@Param("planId") Long planId);

    @Query("select s from PrioritySection s where s.priority.id = :priorityId order by s.position")
    List<PrioritySection> prioritySections(@Param("priorityId") Long priorityId);

    @Query("select l from PriorityLink l where l.priority.id = :priorityId order by l.position")
    List<PriorityLink> priorityLinks(@Param("priorityId") Long priorityId);

    /** The narrative sections of every priority of a year, each priority's in order. */
    @Query("select s from PrioritySection s where s.priority.planYear.id = :yearId order by s.priority.id, s.position")
    List<PrioritySection> prioritySectionsOfYear(@Param("yearId") Long yearId);

    /** The links of every priority of a year, each priority's in order. */
    @Query("select l from PriorityLink l where l.priority.planYear.id = :yearId order by l.priority.id, l.position")
    List<PriorityLink> priorityLinksOfYear(@Param("yearId") Long yearId);

    @Query("""
            select new uk.partnershipplans.portal.plan.read.PlanReadQueries$Count(p.id, count(a))
            from PlanAction a join a.priorities p where a.planYear.id = :yearId group by p.id""")
    List<Count> actionCounts(@Param("yearId") Long yearId);

    @Query("""
            select new uk.partnershipplans.portal.plan.read.PlanReadQueries$Count(ip.priority.id, count(ip))
            from IndicatorPriority ip where ip.priority.planYear.id = :yearId group by ip.priority.id""")
    List<Count> indicatorCounts(@Param("yearId") Long yearId);

    @Query("select distinct g from PriorityGroup g left join fetch g.priorities where g.planYear.id = :yearId order by g.position")
    List<PriorityGroup> priorityGroups(@Param("yearId") Long yearId);

    // Actions and milestones

    @Query("select a from PlanAction a where a.planYear.id = :yearId order by a.position, a.number")
    List<PlanAction> actionsOfYear(@Param("yearId") Long yearId);

    @Query("select a from PlanAction a join a.priorities p where p.id = :priorityId order by a.position, a.number")
    List<PlanAction> actionsOfPriority(@Param("priorityId") Long priorityId);

    @Query("select a from PlanAction a join fetch a.planYear y join fetch y.plan where a.id = :id")
    Optional<PlanAction> action(@Param("id") Long id);

    @Query("select p from PlanAction a join a.priorities p where a.id = :actionId order by p.position, p.number")
    List<Priority> prioritiesOfAction(@Param("actionId") Long actionId);

    @Query("""
            select new uk.partnershipplans.portal.plan.read.PlanReadQueries$Pair(a.id, p.id, false)
            from PlanAction a join a.priorities p where a.planYear.id = :yearId""")
    List<Pair> actionPriorities(@Param("yearId") Long yearId);

    @Query("""
            select new uk.partnershipplans.portal.plan.read.PlanReadQueries$ActionAmbition(a.id, am.id, am.shortName, f.name)
            from PlanAction a join a.ambitions am join am.framework f where a.planYear.id = :yearId
            order by f.name, am.position""")
    List<ActionAmbition> actionAmbitionsOfYear(@Param("yearId") Long yearId);

    @Query("""
            select new uk.partnershipplans.portal.plan.read.PlanReadQueries$ActionAmbition(a.id, am.id, am.shortName, f.name)
            from PlanAction a join a.ambitions am join am.framework f where a.id = :actionId
            order by f.name, am.position""")
    List<ActionAmbition> ambitionsOfAction(@Param("actionId") Long actionId);

    @Query("select m from Milestone m left join fetch m.action where m.priority.id = :priorityId order by m.position")
    List<Milestone> milestonesOfPriority(@Param("priorityId") Long priorityId);

    @Query("select m from Milestone m join fetch m.priority p where m.action.id = :actionId order by p.position, m.position")
    List<Milestone> milestonesOfAction(@Param("actionId") Long actionId);

    @Query("""
            select new uk.partnershipplans.portal.plan.PlanFacts$MilestoneFacts(m.id, p.id, a.id, m.text, m.dueWording,
                m.dueDate, m.completedOn)
            from Milestone m join m.priority p left join m.action a where p.planYear.id = :yearId
            order by p.position, m.position""")
    List<PlanFacts.MilestoneFacts> milestonesOfYear(@Param("yearId") Long yearId);

    @Query("""
            select r from ProgressReport r left join fetch r.links left join fetch r.files
            where r.actionId in (select a.id from PlanAction a where a.planYear.id = :yearId)
               or r.indicatorId in (select u.indicator.id from PlanYearIndicator u where u.planYear.id = :yearId)
            order by r.asAt, r.approvedAt, r.id""")
    List<ProgressReport> reportsOfYear(@Param("yearId") Long yearId);

    @Query("""
            select r from ProgressReport r left join fetch r.links left join fetch r.files
            where r.actionId = :actionId order by r.asAt desc, r.approvedAt desc, r.id desc""")
    List<ProgressReport> reportsOfAction(@Param("actionId") Long actionId);

    @Query("""
            select r from ProgressReport r left join fetch r.links left join fetch r.files
            where r.actionId in (select a.id from PlanAction a join a.priorities p where p.id = :priorityId)
            order by r.asAt desc, r.approvedAt desc, r.id desc""")
    List<ProgressReport> reportsOfPriorityActions(@Param("priorityId") Long priorityId);

    @Query("""
            select r from ProgressReport r left join fetch r.links left join fetch r.files
            where r.indicatorId = :indicatorId order by r.asAt desc, r.approvedAt desc, r.id desc""")
    List<ProgressReport> reportsOfIndicator(@Param("indicatorId") Long indicatorId);

    // Indicators

    @Query("select i from Indicator i where i.id = :id")
    Optional<Indicator> indicator(@Param("id") Long id);

    @Query("select ip from IndicatorPriority ip join fetch ip.indicator where ip.priority.id = :priorityId")
    List<IndicatorPriority> indicatorsOfPriority(@Param("priorityId") Long priorityId);

    @Query("""
            select pyi from PlanYearIndicator pyi where pyi.planYear.id = :yearId
            and pyi.indicator.id in (select ip.indicator.id from IndicatorPriority ip where ip.priority.id = :priorityId)""")
    List<PlanYearIndicator> yearUsesOfPriorityIndicators(@Param("yearId") Long yearId, @Param("priorityId") Long priorityId);

    @Query("""
            select v from IndicatorValue v
            where v.indicator.id in (select ip.indicator.id from IndicatorPriority ip where ip.priority.id = :priorityId)""")
    List<IndicatorValue> valuesOfPriorityIndicators(@Param("priorityId") Long priorityId);

    @Query("select pyi from PlanYearIndicator pyi join fetch pyi.indicator where pyi.planYear.id = :yearId order by pyi.position")
    List<PlanYearIndicator> indicatorsOfYear(@Param("yearId") Long yearId);

    @Query("""
            select new uk.partnershipplans.portal.plan.read.PlanReadQueries$Pair(ip.indicator.id, ip.priority.id, ip.primary)
            from IndicatorPriority ip where ip.priority.planYear.id = :yearId""")
    List<Pair> indicatorPriorities(@Param("yearId") Long yearId);

    @Query("""
            select v from IndicatorValue v
            where v.indicator.id in (select pyi.indicator.id from PlanYearIndicator pyi where pyi.planYear.id = :yearId)""")
    List<IndicatorValue> valuesOfYearIndicators(@Param("yearId") Long yearId);

    @Query("""
            select pyi from PlanYearIndicator pyi join fetch pyi.planYear y join fetch y.plan
            where pyi.indicator.id = :indicatorId order by y.startDate""")
    List<PlanYearIndicator> yearUsesOfIndicator(@Param("indicatorId") Long indicatorId);

    @Query("""
            select ip from IndicatorPriority ip join fetch ip.priority p join fetch p.planYear y join fetch y.plan
            where ip.indicator.id = :indicatorId order by y.startDate, p.position""")
    List<IndicatorPriority> prioritiesOfIndicator(@Param("indicatorId") Long indicatorId);

    @Query("select v from IndicatorValue v where v.indicator.id = :indicatorId")
    List<IndicatorValue> valuesOfIndicator(@Param("indicatorId") Long indicatorId);
}
