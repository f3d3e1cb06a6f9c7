package uk.partnershipplans.portal.reporting.round;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.ActionReferences;
import uk.partnershipplans.portal.reporting.update.ProgressUpdateRepository;

/** An action that reporting rounds asked updates of keeps them: its reporting history must not be lost. */
@Component
@RequiredArgsConstructor
class ReportingActionReferences implements ActionReferences {

    private final ProgressUpdateRepository updates;

    @Override
    public long recordsOf(Long actionId) {
        return updates.countByActionId(actionId);
    }
}
