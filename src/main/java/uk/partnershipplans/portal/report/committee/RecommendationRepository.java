package uk.partnershipplans.portal.report.committee;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByReportIdOrderByPositionAscIdAsc(Long reportId);

    @Query("select coalesce(max(r.position), 0) from Recommendation r where r.report.id = ?1")
    int lastPosition(Long reportId);
}
