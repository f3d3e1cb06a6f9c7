package uk.partnershipplans.portal.governance.equality;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProtectedCharacteristicRepository extends JpaRepository<ProtectedCharacteristic, Long> {

    /** The installation's list, then those the partnerships add, each in its order. */
    @Query("select c from ProtectedCharacteristic c where c.partnershipId is null or c.partnershipId in ?1"
            + " order by case when c.partnershipId is null then 0 else 1 end, c.partnershipId, c.position, c.id")
    List<ProtectedCharacteristic> forPartnerships(Collection<Long> partnershipIds);

    @Query("select c from ProtectedCharacteristic c"
            + " order by case when c.partnershipId is null then 0 else 1 end, c.partnershipId, c.position, c.id")
    List<ProtectedCharacteristic> everyOne();

    @Query("select coalesce(max(c.position), 0) from ProtectedCharacteristic c where c.partnershipId = ?1")
    int lastPosition(Long partnershipId);

    @Query("select count(c) > 0 from ProtectedCharacteristic c where (c.partnershipId is null or c.partnershipId = ?1)"
            + " and lower(c.name) = lower(?2) and c.id <> ?3")
    boolean nameTaken(Long partnershipId, String name, Long exceptId);
}
