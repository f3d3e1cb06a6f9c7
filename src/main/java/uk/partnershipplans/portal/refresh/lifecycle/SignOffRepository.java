package uk.partnershipplans.portal.refresh.lifecycle;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignOffRepository extends JpaRepository<SignOff, Long> {

    /** The year's sign-offs in the order they were recorded. */
    List<SignOff> findByPlanYearIdOrderByRecordedAtAscIdAsc(Long planYearId);
}
