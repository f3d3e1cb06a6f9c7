package uk.partnershipplans.portal.reporting.round;

import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the page choosing a round's items sends: each action and indicator of the year, in or out, with who updates it; and each priority's lead. */
@Getter
@Setter
@NoArgsConstructor
public class ItemsForm extends VersionedForm {

    private List<ItemChoice> items = new ArrayList<>();

    private List<LeadChoice> leads = new ArrayList<>();

    /** {@code key} is "action-12" or "indicator-5"; {@code assigneeId} null for nobody yet. */
    @Getter
    @Setter
    @NoArgsConstructor
    public static class ItemChoice {
        private String key;
        private boolean included;
        private Long assigneeId;

        ItemChoice(String key, boolean included, Long assigneeId) {
            this.key = key;
            this.included = included;
            this.assigneeId = assigneeId;
        }
    }

    /** {@code accountId} null when an admin approves the priority's updates. */
    @Getter
    @Setter
    @NoArgsConstructor
    static class LeadChoice {
        private Long priorityId;
        private Long accountId;

        LeadChoice(Long priorityId, Long accountId) {
            this.priorityId = priorityId;
            this.accountId = accountId;
        }
    }
}
