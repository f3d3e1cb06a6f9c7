package uk.partnershipplans.portal.plan.model;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KeyThemeRepository extends JpaRepository<KeyTheme, Long> {

    Optional<KeyTheme> findByPlanIdAndNumber(Long planId, int number);
}
