package uk.partnershipplans.portal.partner;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    long countByOrganisationId(Long organisationId);
}
