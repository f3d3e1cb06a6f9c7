package uk.partnershipplans.portal.plan.model.indicator;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorPriorityRepository extends JpaRepository<IndicatorPriority, IndicatorPriority.Key> {

    long countByPriorityId(Long priorityId);

    long countByIndicatorId(Long indicatorId);
}
