package uk.partnershipplans.portal.plan.model;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The queries key themes and cross-cutting principles share. */
@NoRepositoryBean
public interface PlanWidePartRepository<P extends PlanWidePart> extends JpaRepository<P, Long> {

    Optional<P> findByPlanIdAndNumber(Long planId, int number);
}
