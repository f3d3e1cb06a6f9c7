package uk.partnershipplans.portal.reporting.figures;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * A file of figures uploaded for a plan year, kept from its check to its approval: who uploaded it and when, its name,
 * and where it stands. The file's content is stored with it but read only to check it ({@link FigureImportStore}), so
 * that showing the import never loads the file; its problems and, once it is found valid, its rows are kept beside it
 * ({@code figure_import_problem}, {@code figure_import_row}).
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class FigureImport extends StoredRecord {

    /** Where an import stands. */
    enum State {
        /** Being checked, row by row. */
        CHECKING,
        /** Checked, with problems: nothing can be imported from it. */
        HAS_PROBLEMS,
        /** Checked, every row valid: waiting for its importer to confirm. */
        VALID,
        /** Confirmed, waiting for approval. */
        SUBMITTED,
        /** Approved: its figures are in the plan. */
        APPROVED,
        /** Returned by the reviewer with a comment: nothing was written. */
        RETURNED
    }

    private Long planYearId;

    private String filename;

    private String importedBy;

    private Long importerId;

    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    private State state = State.CHECKING;

    private int rowCount;

    private int problemCount;

    private Instant submittedAt;

    private String decidedBy;

    private Instant decidedAt;

    private String returnComment;

    @Version
    private long version;

    void checked(int rowCount, int problemCount) {
        this.rowCount = rowCount;
        this.problemCount = problemCount;
        this.state = problemCount == 0 ? State.VALID : State.HAS_PROBLEMS;
    }

    void submit(Instant now) {
        this.state = State.SUBMITTED;
        this.submittedAt = now;
    }

    void approve(String username, Instant now) {
        this.state = State.APPROVED;
        this.decidedBy = username;
        this.decidedAt = now;
    }

    void giveBack(String comment, String username, Instant now) {
        this.state = State.RETURNED;
        this.returnComment = comment;
        this.decidedBy = username;
        this.decidedAt = now;
    }
}
