package uk.partnershipplans.portal.partner.model;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerKindRepository extends JpaRepository<PartnerKind, Long> {

    Optional<PartnerKind> findByName(String name);

    Optional<PartnerKind> findFirstByNameIgnoreCase(String name);
}
