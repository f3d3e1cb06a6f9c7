package uk.partnershipplans.portal.governance.group;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VulnerableGroupRepository extends JpaRepository<VulnerableGroup, Long> {

    List<VulnerableGroup> findByPlanIdOrderByNameAscIdAsc(Long planId);

    long countByPlanId(Long planId);

    @Query("select count(g) from VulnerableGroup g join g.priorityIds p where p = :priorityId")
    long countNamingPriority(@Param("priorityId") Long priorityId);
}
