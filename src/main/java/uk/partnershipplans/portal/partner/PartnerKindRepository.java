package uk.partnershipplans.portal.partner;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerKindRepository extends JpaRepository<PartnerKind, Long> {

    Optional<PartnerKind> findByName(String name);

    Optional<PartnerKind> findFirstByNameIgnoreCase(String name);
}
