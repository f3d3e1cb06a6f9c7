package uk.partnershipplans.portal.governance.consultation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * A submission received in a consultation: its number, from whom and when, what it said, the partnership's response,
 * whether the plan was changed and how, and the priorities and actions of the year it concerns.
 */
@Entity
@Audited
@Table(name = "consultation_submission")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Submission extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    private String number;
    private String submittedBy;
    private LocalDate receivedOn;
    private String summary;
    private String response;
    private boolean planChanged;
    private String changeMade;

    @ElementCollection
    @CollectionTable(name = "consultation_submission_priority", joinColumns = @JoinColumn(name = "submission_id"))
    @Column(name = "priority_id")
    private Set<Long> priorityIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "consultation_submission_action", joinColumns = @JoinColumn(name = "submission_id"))
    @Column(name = "action_id")
    private Set<Long> actionIds = new LinkedHashSet<>();

    @Version
    private long version;

    Submission(Consultation consultation) {
        this.consultation = consultation;
    }

    void revise(SubmissionForm form, LocalDate receivedOn, Set<Long> priorityIds, Set<Long> actionIds) {
        this.number = form.getNumber().strip();
        this.submittedBy = form.getSubmittedBy().strip();
        this.receivedOn = receivedOn;
        this.summary = Forms.optional(form.getSummary());
        this.response = Forms.optional(form.getResponse());
        this.planChanged = form.isPlanChanged();
        this.changeMade = form.isPlanChanged() ? Forms.optional(form.getChangeMade()) : null;
        this.priorityIds.clear();
        this.priorityIds.addAll(priorityIds);
        this.actionIds.clear();
        this.actionIds.addAll(actionIds);
    }
}
