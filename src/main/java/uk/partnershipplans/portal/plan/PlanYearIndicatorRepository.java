package uk.partnershipplans.portal.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanYearIndicatorRepository extends JpaRepository<PlanYearIndicator, Long> {
}
