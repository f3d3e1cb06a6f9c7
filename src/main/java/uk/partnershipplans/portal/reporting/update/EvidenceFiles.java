package uk.partnershipplans.portal.reporting.update;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import uk.partnershipplans.portal.shared.Refusal;

/**
 * Checks a file given as evidence and keeps it with its update. Its type is the one Apache Tika detects from the
 * content alone, looking inside a zip for what an Office document holds (so a zip renamed .docx is a zip); a file
 * whose content is not a PDF, Word or Excel document or an image is refused whatever its name says.
 */
@Component
@RequiredArgsConstructor
class EvidenceFiles {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** The types accepted, each with the words for it in messages. */
    static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", "PDF",
            "application/msword", "Word",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word",
            "application/vnd.ms-excel", "Excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel",
            "image/png", "PNG",
            "image/jpeg", "JPEG",
            "image/gif", "GIF");

    private final Tika tika = new Tika();
    private final UpdateAttachmentRepository attachments;
    private final Clock clock;

    /** Keeps the file with the update, or refuses it on the form's {@code file} field. */
    void attach(ProgressUpdate update, MultipartFile file, String username) {
        if (file.getSize() > MAX_BYTES) {
            throw Refusal.of("file", "update.file.too-big");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length == 0) {
            throw Refusal.of("file", "update.file.empty");
        }
        String filename = filename(file.getOriginalFilename());
        String type = tika.detect(content);
        if (!ACCEPTED.containsKey(type)) {
            throw Refusal.of("file", "update.file.type");
        }
        attachments.save(new UpdateAttachment(update, filename, type, content, username, clock.instant()));
    }

    /** The file's own name without any folder or control characters (a NUL byte), at most 255 characters. */
    private static String filename(String original) {
        String name = original == null ? "" : original.replace('\\', '/').replaceAll("\\p{Cntrl}", "");
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
