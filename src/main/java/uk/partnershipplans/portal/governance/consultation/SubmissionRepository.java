package uk.partnershipplans.portal.governance.consultation;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    /** A page of a consultation's submissions, with the priorities and actions each concerns. */
    @EntityGraph(attributePaths = {"priorityIds", "actionIds"})
    Page<Submission> findByConsultationId(Long consultationId, Pageable pageable);

    /** All of them, for the consultation as a document. */
    @EntityGraph(attributePaths = {"priorityIds", "actionIds"})
    List<Submission> findByConsultationIdOrderByIdAsc(Long consultationId);

    boolean existsByConsultationId(Long consultationId);

    long countByConsultationId(Long consultationId);
}
