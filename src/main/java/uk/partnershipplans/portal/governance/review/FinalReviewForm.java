package uk.partnershipplans.portal.governance.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form of a final review sends. */
@Getter
@Setter
@NoArgsConstructor
class FinalReviewForm extends VersionedForm {

    @NotBlank(message = "{review.title.required}")
    @Size(max = 300, message = "{review.title.size}")
    private String title;

    @Size(max = 20_000, message = "{review.text.size}")
    private String introduction;

    static FinalReviewForm of(FinalReview review) {
        FinalReviewForm form = new FinalReviewForm();
        form.title = review.getTitle();
        form.introduction = review.getIntroduction();
        form.setVersion(review.getVersion());
        return form;
    }
}
