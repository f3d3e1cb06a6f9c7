package uk.partnershipplans.portal.reporting;

import org.springframework.data.jpa.repository.JpaRepository;

interface UpdateAttachmentRepository extends JpaRepository<UpdateAttachment, Long> {
}
