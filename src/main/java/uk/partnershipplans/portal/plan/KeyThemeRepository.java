package uk.partnershipplans.portal.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KeyThemeRepository extends JpaRepository<KeyTheme, Long> {

    Optional<KeyTheme> findByPlanIdAndNumber(Long planId, int number);
}
