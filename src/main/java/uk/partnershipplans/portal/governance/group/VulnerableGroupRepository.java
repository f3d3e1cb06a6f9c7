package uk.partnershipplans.portal.governance.group;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VulnerableGroupRepository extends JpaRepository<VulnerableGroup, Long> {

    List<VulnerableGroup> findByPlanIdOrderByNameAscIdAsc(Long planId);
}
