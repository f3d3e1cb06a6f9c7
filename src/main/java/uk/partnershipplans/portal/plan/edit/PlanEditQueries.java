package uk.partnershipplans.portal.plan.edit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import uk.partnershipplans.portal.plan.model.framework.FrameworkAmbition;
import uk.partnershipplans.portal.plan.model.Milestone;
import uk.partnershipplans.portal.plan.model.PlanAction;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.plan.model.indicator.Indicator;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorPriority;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;

/**
 * The reads the edit pages need, each record with what its page shows around it in the same query, so that a page
 * costs the same few queries however large the plan grows.
 */
interface PlanEditQueries extends Repository<Priority, Long> {

    @Query("select p from Priority p join fetch p.planYear y join fetch y.plan where p.id = :id")
    Optional<Priority> priority(@Param("id") Long id);

    @Query("select p from Priority p where p.planYear.id = :yearId order by p.position")
    List<Priority> prioritiesOfYear(@Param("yearId") Long yearId);

    @Query("select y from PlanYear y join fetch y.plan where y.id = :id")
    Optional<PlanYear> planYear(@Param("id") Long id);

    @Query("select a from PlanAction a join fetch a.planYear y join fetch y.plan where a.id = :id")
    Optional<PlanAction> action(@Param("id") Long id);

    @Query("select a from PlanAction a where a.planYear.id = :yearId order by a.position")
    List<PlanAction> actionsOfYear(@Param("yearId") Long yearId);

    @Query("select coalesce(max(a.position), 0) from PlanAction a where a.planYear.id = :yearId")
    int lastActionPosition(@Param("yearId") Long yearId);

    /** The ambitions of the frameworks the plan works towards: those its actions may support. */
    @Query("select a from FrameworkAmbition a join fetch a.framework f"
            + " where f in (select pf from Plan p join p.frameworks pf where p.id = :planId) order by f.name, a.position")
    List<FrameworkAmbition> ambitionsOfPlan(@Param("planId") Long planId);

    @Query("select m from Milestone m left join fetch m.action where m.priority.id = :priorityId order by m.position")
    List<Milestone> milestonesOfPriority(@Param("priorityId") Long priorityId);

    @Query("select m from Milestone m join fetch m.priority where m.action.id = :actionId order by m.priority.position, m.position")
    List<Milestone> milestonesOfAction(@Param("actionId") Long actionId);

    @Query("select coalesce(max(m.position), 0) from Milestone m where m.priority.id = :priorityId")
    int lastMilestonePosition(@Param("priorityId") Long priorityId);

    @Query("select m from Milestone m join fetch m.priority p join fetch p.planYear y join fetch y.plan "
            + "left join fetch m.action where m.id = :id")
    Optional<Milestone> milestone(@Param("id") Long id);

    @Query("select i from PlanYearIndicator i join fetch i.indicator join fetch i.planYear y join fetch y.plan "
            + "where y.id = :yearId and i.indicator.id = :indicatorId")
    Optional<PlanYearIndicator> indicatorInYear(@Param("yearId") Long yearId, @Param("indicatorId") Long indicatorId);

    @Query("select ip from IndicatorPriority ip where ip.indicator.id = :indicatorId and ip.priority.id in :priorityIds")
    List<IndicatorPriority> indicatorLinks(@Param("indicatorId") Long indicatorId,
            @Param("priorityIds") Collection<Long> priorityIds);

    @Query("select i from Indicator i where i.id = :id")
    Optional<Indicator> indicator(@Param("id") Long id);

    @Query("select v from IndicatorValue v where v.indicator.id = :indicatorId order by v.periodEnd nulls last, v.periodLabel")
    List<IndicatorValue> valuesOfIndicator(@Param("indicatorId") Long indicatorId);

    @Query("select v from IndicatorValue v join fetch v.indicator where v.id = :id and v.indicator.id = :indicatorId")
    Optional<IndicatorValue> value(@Param("indicatorId") Long indicatorId, @Param("id") Long id);

    /**
     * Sends pending changes to the database now, inside the edit's transaction: so that later changes are checked
     * against them, and so that what the database refuses surfaces (translated) where {@code Writes} can explain it.
     */
    void flush();
}
