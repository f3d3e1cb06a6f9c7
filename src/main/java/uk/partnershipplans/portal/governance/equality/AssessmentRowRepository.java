package uk.partnershipplans.portal.governance.equality;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRowRepository extends JpaRepository<AssessmentRow, Long> {

    /** The rows of the parts, each with its characteristic, in the order of the list of characteristics. */
    @Query("select r from AssessmentRow r join fetch r.characteristic c where r.part.id in ?1"
            + " order by case when c.partnershipId is null then 0 else 1 end, c.position, c.id")
    List<AssessmentRow> ofParts(List<Long> partIds);

    @Query("select r from AssessmentRow r join fetch r.characteristic where r.id = ?1")
    Optional<AssessmentRow> withCharacteristic(Long id);

    long countByPartId(Long partId);

    @Query("select r from AssessmentRow r join fetch r.characteristic c join fetch r.part p join p.assessment a"
            + " where a.planId = ?1 and (a.planYearId is null or a.planYearId = ?2)"
            + " order by case when c.partnershipId is null then 0 else 1 end, c.position, c.id")
    List<AssessmentRow> publishedWith(Long planId, Long yearId);

    long countByCharacteristicId(Long characteristicId);

    boolean existsByPartIdAndCharacteristicIdAndIdNot(Long partId, Long characteristicId, Long id);
}
