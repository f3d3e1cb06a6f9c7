package uk.partnershipplans.portal.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findByPartnershipIdAndTitle(Long partnershipId, String title);

    List<Plan> findByPartnershipIdOrderByStartYearDesc(Long partnershipId);
}
