package uk.partnershipplans.portal.governance.consultation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    /** A year's consultations, the latest first. */
    List<Consultation> findByPlanYearIdOrderByOpenedOnDescIdDesc(Long planYearId);
}
