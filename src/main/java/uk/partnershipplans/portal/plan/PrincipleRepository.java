package uk.partnershipplans.portal.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PrincipleRepository extends JpaRepository<Principle, Long> {

    Optional<Principle> findByPlanIdAndNumber(Long planId, int number);
}
