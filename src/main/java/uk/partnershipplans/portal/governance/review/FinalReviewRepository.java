package uk.partnershipplans.portal.governance.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FinalReviewRepository extends JpaRepository<FinalReview, Long> {

    List<FinalReview> findByPlanYearIdOrderByIdDesc(Long planYearId);
}
