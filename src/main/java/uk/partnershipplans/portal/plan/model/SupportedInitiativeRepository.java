package uk.partnershipplans.portal.plan.model;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SupportedInitiativeRepository extends JpaRepository<SupportedInitiative, Long> {

    List<SupportedInitiative> findByPlanIdOrderByPositionAscIdAsc(Long planId);

    @Query("select coalesce(max(i.position), 0) from SupportedInitiative i where i.plan.id = :planId")
    int lastPosition(Long planId);
}
