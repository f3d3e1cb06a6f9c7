package uk.partnershipplans.portal.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorPriorityRepository extends JpaRepository<IndicatorPriority, IndicatorPriority.Key> {

    long countByPriorityId(Long priorityId);

    long countByIndicatorId(Long indicatorId);
}
