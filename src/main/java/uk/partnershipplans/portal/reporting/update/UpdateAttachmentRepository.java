package uk.partnershipplans.portal.reporting.update;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UpdateAttachmentRepository extends JpaRepository<UpdateAttachment, Long> {

    /** An attachment without its content, for lists. */
    interface Listed {
        Long getId();

        String getFilename();

        String getContentType();

        long getSizeBytes();

        String getUploadedBy();

        Instant getUploadedAt();
    }

    List<Listed> findByUpdateIdOrderByUploadedAt(Long updateId);

    void deleteByIdInAndUpdateId(List<Long> ids, Long updateId);
}
