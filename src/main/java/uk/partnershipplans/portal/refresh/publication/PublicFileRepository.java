package uk.partnershipplans.portal.refresh.publication;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicFileRepository extends JpaRepository<PublicFile, PublicFile.Key> {
}
