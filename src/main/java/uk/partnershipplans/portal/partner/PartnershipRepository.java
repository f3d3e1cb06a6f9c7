package uk.partnershipplans.portal.partner;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    Optional<Partnership> findByName(String name);

    Optional<Partnership> findFirstByNameIgnoreCase(String name);
}
