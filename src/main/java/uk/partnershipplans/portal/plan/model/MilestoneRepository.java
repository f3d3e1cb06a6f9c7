package uk.partnershipplans.portal.plan.model;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    long countByPriorityId(Long priorityId);
}
