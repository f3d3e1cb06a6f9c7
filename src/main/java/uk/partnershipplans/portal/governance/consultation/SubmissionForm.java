package uk.partnershipplans.portal.governance.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.RealDate;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form of a consultation's submission sends. */
@Getter
@Setter
@NoArgsConstructor
class SubmissionForm extends VersionedForm {

    @NotBlank(message = "{consultation.submission.number.required}")
    @Size(max = 20, message = "{consultation.submission.number.size}")
    private String number;

    @NotBlank(message = "{consultation.submission.submitted-by.required}")
    @Size(max = 300, message = "{consultation.submission.submitted-by.size}")
    private String submittedBy;

    @RealDate(name = "consultation.submission.received-on.name", example = "20 2 2014")
    private DateField receivedOn = new DateField();

    @NotBlank(message = "{consultation.submission.summary.required}")
    @Size(max = 20_000, message = "{consultation.text.size}")
    private String summary;

    @Size(max = 20_000, message = "{consultation.text.size}")
    private String response;

    private boolean planChanged;

    @Size(max = 20_000, message = "{consultation.text.size}")
    private String changeMade;

    private List<Long> priorityIds = new ArrayList<>();

    private List<Long> actionIds = new ArrayList<>();

    static SubmissionForm of(Submission submission) {
        SubmissionForm form = new SubmissionForm();
        form.number = submission.getNumber();
        form.submittedBy = submission.getSubmittedBy();
        form.receivedOn = DateField.of(submission.getReceivedOn());
        form.summary = submission.getSummary();
        form.response = submission.getResponse();
        form.planChanged = submission.isPlanChanged();
        form.changeMade = submission.getChangeMade();
        form.priorityIds = new ArrayList<>(submission.getPriorityIds());
        form.actionIds = new ArrayList<>(submission.getActionIds());
        form.setVersion(submission.getVersion());
        return form;
    }
}
