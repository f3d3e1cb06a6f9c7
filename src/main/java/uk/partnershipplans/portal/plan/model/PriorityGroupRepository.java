package uk.partnershipplans.portal.plan.model;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorityGroupRepository extends JpaRepository<PriorityGroup, Long> {
}
