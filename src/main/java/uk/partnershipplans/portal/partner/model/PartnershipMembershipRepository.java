package uk.partnershipplans.portal.partner.model;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnershipMembershipRepository extends JpaRepository<PartnershipMembership, Long> {

    long countByPartnershipId(Long partnershipId);

    long countByOrganisationId(Long organisationId);

    /** The organisations that are members of the partnership, by name, each once. */
    @Query("select distinct o from PartnershipMembership m join m.organisation o where m.partnership.id = :partnershipId order by o.name")
    List<PartnerOrganisation> organisationsOf(Long partnershipId);

    /** An organisation's memberships with their partnerships, in one query. */
    @Query("select m from PartnershipMembership m join fetch m.partnership p where m.organisation.id = :organisationId order by p.name, m.joinedOn")
    List<PartnershipMembership> findWithPartnershipByOrganisationId(Long organisationId);

    /** Every membership with its partnership, in the order an organisation's page lists them. */
    /** A partnership's members, past and present, by organisation name. */
    @Query("select m from PartnershipMembership m join fetch m.organisation o where m.partnership.id = :partnershipId"
            + " order by o.name, m.joinedOn, m.id")
    List<PartnershipMembership> findWithOrganisationByPartnershipId(Long partnershipId);

    @Query("select m from PartnershipMembership m join fetch m.partnership p order by p.name, m.joinedOn, m.id")
    List<PartnershipMembership> findAllWithPartnership();

    @Query("select m from PartnershipMembership m join fetch m.partnership where m.id = :id and m.organisation.id = :organisationId")
    java.util.Optional<PartnershipMembership> findWithPartnership(Long organisationId, Long id);
}
