package uk.partnershipplans.portal.partner.model;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

    /** A group's seats in order, with the organisations each represents, in one query. */
    @Query("select distinct m from GroupMember m left join fetch m.organisations where m.group.id = :groupId order by m.position")
    List<GroupMember> findWithOrganisationsByGroupId(Long groupId);

    @Query("select coalesce(max(m.position), 0) from GroupMember m where m.group.id = :groupId")
    int lastPosition(Long groupId);

    Optional<GroupMember> findFirstByGroupIdAndRoleIgnoreCase(Long groupId, String role);

    long countByGroupId(Long groupId);

    @Query("select count(m) from GroupMember m join m.organisations o where o.id = :organisationId")
    long countRepresenting(Long organisationId);
}
