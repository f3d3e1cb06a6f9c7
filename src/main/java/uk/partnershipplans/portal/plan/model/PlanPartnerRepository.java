package uk.partnershipplans.portal.plan.model;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanPartnerRepository extends JpaRepository<PlanPartner, Long> {

    List<PlanPartner> findByPlanId(Long planId);
}
