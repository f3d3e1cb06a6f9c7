package uk.partnershipplans.portal.report.committee;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.RealDate;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form of a committee report sends: the meeting, who reports, the title, the day it reports at, and each section. */
@Getter
@Setter
@NoArgsConstructor
class CommitteeReportForm extends VersionedForm {

    private static final int TEXT = 20_000;

    @NotBlank(message = "{committee.meeting.required}")
    @Size(max = 300, message = "{committee.meeting.size}")
    private String meeting;

    @RealDate(name = "committee.meeting-date.name", example = "14 1 2013", whenBlank = "committee.meeting-date.required")
    private DateField meetingDate = new DateField();

    @Size(max = 20, message = "{committee.agenda-item.size}")
    private String agendaItem;

    @NotBlank(message = "{committee.report-of.required}")
    @Size(max = 300, message = "{committee.report-of.size}")
    private String reportOf;

    @NotBlank(message = "{committee.title.required}")
    @Size(max = 500, message = "{committee.title.size}")
    private String title;

    @RealDate(name = "committee.as-at.name", example = "30 9 2012", whenBlank = "committee.as-at.required")
    private DateField asAt = new DateField();

    @Size(max = TEXT, message = "{committee.text.size}")
    private String purpose;

    @Size(max = TEXT, message = "{committee.text.size}")
    private String information;

    @Size(max = TEXT, message = "{committee.text.size}")
    private String otherOptions;

    @Size(max = TEXT, message = "{committee.text.size}")
    private String reasons;

    @Size(max = TEXT, message = "{committee.text.size}")
    private String implications;

    @Size(max = TEXT, message = "{committee.text.size}")
    private String constitutionalComments;

    @Size(max = TEXT, message = "{committee.text.size}")
    private String financialComments;

    @Size(max = TEXT, message = "{committee.text.size}")
    private String backgroundPapers;

    @Size(max = 500, message = "{committee.electoral-divisions.size}")
    private String electoralDivisions;

    @Size(max = 200, message = "{committee.name.size}")
    private String signatoryName;

    @Size(max = 300, message = "{committee.job-title.size}")
    private String signatoryTitle;

    @Size(max = 200, message = "{committee.name.size}")
    private String contactName;

    @Size(max = 300, message = "{committee.job-title.size}")
    private String contactTitle;

    @Size(max = 50, message = "{committee.telephone.size}")
    private String contactTelephone;

    @Size(max = 254, message = "{committee.email.size}")
    @Email(message = "{committee.email.format}")
    private String contactEmail;

    @Size(max = 50, message = "{committee.reference.size}")
    private String reference;

    static CommitteeReportForm of(CommitteeReport report) {
        CommitteeReportForm form = new CommitteeReportForm();
        form.meeting = report.getMeeting();
        form.meetingDate = DateField.of(report.getMeetingDate());
        form.agendaItem = report.getAgendaItem();
        form.reportOf = report.getReportOf();
        form.title = report.getTitle();
        form.asAt = DateField.of(report.getAsAt());
        form.purpose = report.getPurpose();
        form.information = report.getInformation();
        form.otherOptions = report.getOtherOptions();
        form.reasons = report.getReasons();
        form.implications = report.getImplications();
        form.constitutionalComments = report.getConstitutionalComments();
        form.financialComments = report.getFinancialComments();
        form.backgroundPapers = report.getBackgroundPapers();
        form.electoralDivisions = report.getElectoralDivisions();
        form.signatoryName = report.getSignatoryName();
        form.signatoryTitle = report.getSignatoryTitle();
        form.contactName = report.getContactName();
        form.contactTitle = report.getContactTitle();
        form.contactTelephone = report.getContactTelephone();
        form.contactEmail = report.getContactEmail();
        form.reference = report.getReference();
        form.setVersion(report.getVersion());
        return form;
    }
}
