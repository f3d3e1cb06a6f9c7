package uk.partnershipplans.portal.governance.equality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.RealDate;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form of an equality impact assessment sends: the year (none for the whole plan), its subject and approval. */
@Getter
@Setter
@NoArgsConstructor
class AssessmentForm extends VersionedForm {

    private Long planYearId;

    @NotBlank(message = "{equality.subject.required}")
    @Size(max = 300, message = "{equality.subject.size}")
    private String subject;

    @Size(max = 20_000, message = "{equality.text.size}")
    private String introduction;

    @Size(max = 300, message = "{equality.approved-by.size}")
    private String approvedBy;

    @RealDate(name = "equality.approved-on.name", example = "17 6 2013")
    private DateField approvedOn = new DateField();

    static AssessmentForm of(EqualityAssessment assessment) {
        AssessmentForm form = new AssessmentForm();
        form.planYearId = assessment.getPlanYearId();
        form.subject = assessment.getSubject();
        form.introduction = assessment.getIntroduction();
        form.approvedBy = assessment.getApprovedBy();
        form.approvedOn = DateField.of(assessment.getApprovedOn());
        form.setVersion(assessment.getVersion());
        return form;
    }
}
