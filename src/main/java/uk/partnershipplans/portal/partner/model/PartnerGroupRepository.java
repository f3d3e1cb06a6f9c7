package uk.partnershipplans.portal.partner.model;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerGroupRepository extends JpaRepository<PartnerGroup, Long> {

    List<PartnerGroup> findByPartnershipIdOrderByName(Long partnershipId);

    long countByPartnershipId(Long partnershipId);

    Optional<PartnerGroup> findFirstByPartnershipIdAndNameIgnoreCase(Long partnershipId, String name);

    /** Each group of the partnership with how many seats it has: id, name, type, count. One query, however many groups. */
    @Query("select g.id, g.name, g.type, count(m) from PartnerGroup g left join g.members m"
            + " where g.partnership.id = :partnershipId group by g.id, g.name, g.type order by g.name")
    List<Object[]> rowsOf(Long partnershipId);
}
