package uk.partnershipplans.portal.governance.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form of a key activity sends. The place is optional: left empty, it goes last in its priority. */
@Getter
@Setter
@NoArgsConstructor
class ActivityForm extends VersionedForm {

    @NotNull(message = "{review.activity.priority.required}")
    private Long priorityId;

    @Min(value = 1, message = "{review.position.range}")
    @Max(value = 999, message = "{review.position.range}")
    private Integer position;

    @NotBlank(message = "{review.activity.activity.required}")
    @Size(max = 5_000, message = "{review.activity.activity.size}")
    private String activity;

    @Size(max = 50_000, message = "{review.activity.achievement.size}")
    private String achievement;

    @Size(max = 100, message = "{review.activity.rating.size}")
    private String rating;

    static ActivityForm of(Activity activity) {
        ActivityForm form = new ActivityForm();
        form.priorityId = activity.getPriorityId();
        form.position = activity.getPosition();
        form.activity = activity.getActivity();
        form.achievement = activity.getAchievement();
        form.rating = activity.getRating();
        form.setVersion(activity.getVersion());
        return form;
    }
}
