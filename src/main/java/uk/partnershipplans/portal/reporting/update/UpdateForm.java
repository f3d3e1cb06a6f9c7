package uk.partnershipplans.portal.reporting.update;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;
import uk.partnershipplans.portal.shared.DateField;

/**
 * What an officer types into an update: the action's fields or the indicator's (a form shows only its kind's), kept
 * as typed so that a form with errors shows everything again. Figures are text until the service reads them.
 */
@Getter
@Setter
@NoArgsConstructor
class UpdateForm {

    static final int LINK_ROWS = 3;

    private long version;

    private String reportedStatus;

    private DateField completedOn = new DateField();

    private DateField revisedTargetDate = new DateField();

    @Size(max = 2000, message = "{update.revisionReason.size}")
    private String revisionReason;

    @Valid
    private List<MilestoneRow> milestones = new ArrayList<>();

    private String figure;

    private boolean provisional;

    private String nationalAverage;

    private String statisticalNeighbour;

    @Size(max = 4000, message = "{update.evidence.size}")
    private String evidence;

    @Valid
    private List<LinkRow> links = new ArrayList<>();

    @Size(max = 4000, message = "{update.commentary.size}")
    private String commentary;

    /** A file to add as evidence; a browser never sends it again, so a form shown again has none chosen. */
    private MultipartFile file;

    /** The attachments to remove. */
    private List<Long> removeAttachments = new ArrayList<>();

    /** One of the action's milestones: ticked when done, with the day. */
    @Getter
    @Setter
    @NoArgsConstructor
    static class MilestoneRow {
        private Long milestoneId;
        private String text;
        private boolean done;
        private DateField doneOn = new DateField();

        MilestoneRow(Long milestoneId, String text) {
            this.milestoneId = milestoneId;
            this.text = text;
        }
    }

    /** A link given as evidence; both empty for an unused row. */
    @Getter
    @Setter
    @NoArgsConstructor
    static class LinkRow {
        @Size(max = 300, message = "{update.link.title.size}")
        private String title;
        @Size(max = 500, message = "{update.link.url.size}")
        private String url;

        LinkRow(String title, String url) {
            this.title = title;
            this.url = url;
        }
    }
}
