package uk.partnershipplans.portal.report.committee;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form of a report's recommendation sends. The place is optional: left empty, it goes at the end. */
@Getter
@Setter
@NoArgsConstructor
class RecommendationForm extends VersionedForm {

    @Min(value = 1, message = "{committee.position.range}")
    @Max(value = 999, message = "{committee.position.range}")
    private Integer position;

    @NotBlank(message = "{committee.recommendation.text.required}")
    @Size(max = 5_000, message = "{committee.recommendation.text.size}")
    private String text;

    static RecommendationForm of(Recommendation recommendation) {
        RecommendationForm form = new RecommendationForm();
        form.position = recommendation.getPosition();
        form.text = recommendation.getText();
        form.setVersion(recommendation.getVersion());
        return form;
    }
}
