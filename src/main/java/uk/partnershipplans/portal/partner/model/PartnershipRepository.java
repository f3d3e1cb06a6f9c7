package uk.partnershipplans.portal.partner.model;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    Optional<Partnership> findByName(String name);

    Optional<Partnership> findFirstByNameIgnoreCase(String name);
}
