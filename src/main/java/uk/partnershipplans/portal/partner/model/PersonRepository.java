package uk.partnershipplans.portal.partner.model;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    long countByOrganisationId(Long organisationId);

    @Query("select p from Person p left join fetch p.organisation where p.id in :ids")
    List<Person> findWithOrganisationByIdIn(Collection<Long> ids);

    @Query("select p from Person p left join fetch p.organisation order by p.name, p.id")
    List<Person> findAllWithOrganisation();
}
