package uk.partnershipplans.portal.plan.model;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findByPartnershipIdAndTitle(Long partnershipId, String title);

    Page<Plan> findByPartnershipIdIn(Collection<Long> partnershipIds, Pageable pageable);

    Optional<Plan> findFirstByPartnershipIdAndTitleIgnoreCase(Long partnershipId, String title);

    long countByPartnershipId(Long partnershipId);

    /** How many plans name the partner organisation among their partners. */
    @org.springframework.data.jpa.repository.Query("select count(distinct p) from Plan p join p.partners pp where pp.organisationId = :organisationId")
    long countNamingOrganisation(Long organisationId);
}
