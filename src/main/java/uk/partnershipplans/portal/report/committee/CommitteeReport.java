package uk.partnershipplans.portal.report.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import uk.partnershipplans.portal.history.NamedAs;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * A committee report (cover paper) on a plan year's progress as at a day, in the councils' standard form: the meeting,
 * its date and agenda item, who reports, the title, then its sections as the planning team writes them (plain text,
 * see {@code shared.Narrative}). Its summary of progress is worked out from the plan as at {@link #asAt} while it is a
 * draft; once issued, the paper and its appendix (the performance report) are kept as issued and it changes no more,
 * but for the decisions taken on its recommendations.
 */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class CommitteeReport extends StoredRecord {

    @NamedAs("PlanYear")
    private Long planYearId;

    private LocalDate asAt;
    private String meeting;
    private LocalDate meetingDate;
    private String agendaItem;
    private String reportOf;
    private String title;
    private String purpose;
    private String information;
    private String otherOptions;
    private String reasons;
    private String implications;
    private String constitutionalComments;
    private String financialComments;
    private String backgroundPapers;
    private String electoralDivisions;
    private String signatoryName;
    private String signatoryTitle;
    private String contactName;
    private String contactTitle;
    private String contactTelephone;
    private String contactEmail;
    private String reference;
    private Instant issuedAt;
    private String issuedBy;

    /** Whether an admin has chosen to show the issued paper on the public pages of its year. */
    private boolean shownPublicly;

    /** The paper as issued (its HTML, made by the portal's own template); null while a draft. */
    @NotAudited
    private String issuedPaper;

    /** Its appendix, the performance report as at {@link #asAt}, as issued. */
    @NotAudited
    private String issuedAppendix;

    @Version
    private long version;

    CommitteeReport(Long planYearId) {
        this.planYearId = planYearId;
    }

    public boolean isIssued() {
        return issuedAt != null;
    }

    void revise(CommitteeReportForm form, LocalDate asAt, LocalDate meetingDate) {
        this.asAt = asAt;
        this.meeting = form.getMeeting().strip();
        this.meetingDate = meetingDate;
        this.agendaItem = Forms.optional(form.getAgendaItem());
        this.reportOf = form.getReportOf().strip();
        this.title = form.getTitle().strip();
        this.purpose = Forms.optional(form.getPurpose());
        this.information = Forms.optional(form.getInformation());
        this.otherOptions = Forms.optional(form.getOtherOptions());
        this.reasons = Forms.optional(form.getReasons());
        this.implications = Forms.optional(form.getImplications());
        this.constitutionalComments = Forms.optional(form.getConstitutionalComments());
        this.financialComments = Forms.optional(form.getFinancialComments());
        this.backgroundPapers = Forms.optional(form.getBackgroundPapers());
        this.electoralDivisions = Forms.optional(form.getElectoralDivisions());
        this.signatoryName = Forms.optional(form.getSignatoryName());
        this.signatoryTitle = Forms.optional(form.getSignatoryTitle());
        this.contactName = Forms.optional(form.getContactName());
        this.contactTitle = Forms.optional(form.getContactTitle());
        this.contactTelephone = Forms.optional(form.getContactTelephone());
        this.contactEmail = Forms.optional(form.getContactEmail());
        this.reference = Forms.optional(form.getReference());
    }

    /** Shows the issued paper on the public pages, or takes it off them. */
    void showPublicly(boolean shown) {
        this.shownPublicly = shown;
    }

    void issue(Instant at, String by, String paper, String appendix) {
        this.issuedAt = at;
        this.issuedBy = by;
        this.issuedPaper = paper;
        this.issuedAppendix = appendix;
    }
}
