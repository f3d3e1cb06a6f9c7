package uk.partnershipplans.portal.report.committee;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImplicationRepository extends JpaRepository<Implication, Long> {

    List<Implication> findByReportIdOrderByPositionAscIdAsc(Long reportId);

    @Query("select coalesce(max(i.position), 0) from Implication i where i.report.id = ?1")
    int lastPosition(Long reportId);
}
