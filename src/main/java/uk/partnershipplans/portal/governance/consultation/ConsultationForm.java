package uk.partnershipplans.portal.governance.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.RealDate;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form of a consultation sends. */
@Getter
@Setter
@NoArgsConstructor
class ConsultationForm extends VersionedForm {

    @NotBlank(message = "{consultation.title.required}")
    @Size(max = 300, message = "{consultation.title.size}")
    private String title;

    @RealDate(name = "consultation.opened-on.name", example = "1 2 2014", whenBlank = "consultation.opened-on.required")
    private DateField openedOn = new DateField();

    @RealDate(name = "consultation.closed-on.name", example = "14 3 2014", whenBlank = "consultation.closed-on.required")
    private DateField closedOn = new DateField();

    @NotBlank(message = "{consultation.who-was-asked.required}")
    @Size(max = 20_000, message = "{consultation.text.size}")
    private String whoWasAsked;

    @Size(max = 20_000, message = "{consultation.text.size}")
    private String summary;

    static ConsultationForm of(Consultation consultation) {
        ConsultationForm form = new ConsultationForm();
        form.title = consultation.getTitle();
        form.openedOn = DateField.of(consultation.getOpenedOn());
        form.closedOn = DateField.of(consultation.getClosedOn());
        form.whoWasAsked = consultation.getWhoWasAsked();
        form.summary = consultation.getSummary();
        form.setVersion(consultation.getVersion());
        return form;
    }
}
