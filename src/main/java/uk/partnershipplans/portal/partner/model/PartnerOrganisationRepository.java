package uk.partnershipplans.portal.partner.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.partnershipplans.portal.partner.PartnerCategory;

public interface PartnerOrganisationRepository extends JpaRepository<PartnerOrganisation, Long> {

    Optional<PartnerOrganisation> findByName(String name);

    Optional<PartnerOrganisation> findFirstByNameIgnoreCase(String name);

    @Query("select o from PartnerOrganisation o join fetch o.kind left join fetch o.parent where o.id in :ids order by o.name")
    List<PartnerOrganisation> findWithKindByIdIn(Collection<Long> ids);

    @Query("select o from PartnerOrganisation o join fetch o.kind left join fetch o.parent where o.id = :id")
    Optional<PartnerOrganisation> findWithKindById(Long id);

    /** The conditions of {@link #search}, for its page and its count. */
    String SEARCH = " where lower(o.name) like :pattern escape '\\'"
            + " and (:kindId = -1 or k.id = :kindId) and o.category in :categories"
            + " and (:partnershipId = -1 or exists (select m.id from PartnershipMembership m where m.organisation = o"
            + " and m.partnership.id = :partnershipId))"
            + " and (:status = 'ALL'"
            + " or (:status = 'CURRENT' and exists (select m.id from PartnershipMembership m where m.organisation = o"
            + " and m.leftOn is null and (:partnershipId = -1 or m.partnership.id = :partnershipId)))"
            + " or (:status = 'FORMER' and not exists (select m.id from PartnershipMembership m where m.organisation = o"
            + " and m.leftOn is null and (:partnershipId = -1 or m.partnership.id = :partnershipId))"
            + " and exists (select m.id from PartnershipMembership m where m.organisation = o"
            + " and (:partnershipId = -1 or m.partnership.id = :partnershipId))))";

    /**
     * One page of the admin list, filtered; the status is ALL, CURRENT (a membership not left) or FORMER (members
     * once, every membership left), of the partnership {@code partnershipId} or of any (-1). kindId -1 means any kind.
     */
    @Query(value = "select o from PartnerOrganisation o join fetch o.kind k left join fetch o.parent" + SEARCH,
            countQuery = "select count(o) from PartnerOrganisation o join o.kind k" + SEARCH)
    Page<PartnerOrganisation> search(String pattern, long kindId, long partnershipId, Collection<PartnerCategory> categories,
            String status, Pageable pageable);

    /** Each organisation's id and its parent's id (null at the top): enough to walk the family tree in memory. */
    @Query("select o.id, o.parent.id from PartnerOrganisation o")
    List<Object[]> parentLinks();

    long countByParentId(Long parentId);

    long countByKindId(Long kindId);

    /** Each kind's id with how many organisations are of it, for the list of kinds. */
    @Query("select o.kind.id, count(o) from PartnerOrganisation o group by o.kind.id")
    List<Object[]> countsByKind();

    List<PartnerOrganisation> findAllByOrderByName();
}
