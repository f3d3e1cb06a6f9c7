package uk.partnershipplans.portal.partner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerOrganisationRepository extends JpaRepository<PartnerOrganisation, Long> {

    Optional<PartnerOrganisation> findByName(String name);

    @Query("select o from PartnerOrganisation o join fetch o.kind left join fetch o.parent where o.id in :ids order by o.name")
    List<PartnerOrganisation> findWithKindByIdIn(Collection<Long> ids);
}
