package uk.partnershipplans.portal.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByRoundId(Long roundId);

    List<ProgressUpdate> findByStateOrderBySubmittedAt(UpdateState state);
}
