package uk.partnershipplans.portal.partner.model;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    Optional<Partnership> findByName(String name);

    Page<Partnership> findByIdIn(Collection<Long> ids, Pageable pageable);

    long countByParentId(Long parentId);

    Optional<Partnership> findFirstByNameIgnoreCase(String name);
}
