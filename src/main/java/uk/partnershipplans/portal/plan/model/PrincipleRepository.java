package uk.partnershipplans.portal.plan.model;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PrincipleRepository extends JpaRepository<Principle, Long> {

    Optional<Principle> findByPlanIdAndNumber(Long planId, int number);
}
