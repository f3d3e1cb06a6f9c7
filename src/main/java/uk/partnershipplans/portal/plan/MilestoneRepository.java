package uk.partnershipplans.portal.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    long countByPriorityId(Long priorityId);
}
