package uk.partnershipplans.portal.governance.equality;

import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/** The actions a part of an assessment plans, each in its place. */
@Service
@RequiredArgsConstructor
@Transactional
class ActionAdmin implements RecordAdmin<ActionForm> {

    private final PartAdmin parts;
    private final AssessmentActionRepository actions;

    @Transactional(readOnly = true)
    AssessmentAction action(Long id) {
        return actions.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Override
    @Transactional(readOnly = true)
    public ActionForm form(Long id) {
        return ActionForm.of(action(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return action(id).getPart().getId();
    }

    @Override
    public Long create(Long partId, ActionForm form) {
        AssessmentAction action = new AssessmentAction(parts.part(partId));
        int position = form.getPosition() == null ? actions.lastPosition(partId) + 1 : form.getPosition();
        revise(action, position, form);
        return actions.saveAndFlush(action).getId();
    }

    @Override
    public void update(Long id, ActionForm form) {
        AssessmentAction action = action(id);
        StaleEdit.check(form.getVersion(), action.getVersion());
        revise(action, form.getPosition() == null ? action.getPosition() : form.getPosition(), form);
        Writes.flushed(actions::flush, Map.of());
    }

    @Override
    public void delete(Long id, long version) {
        AssessmentAction action = action(id);
        Writes.delete(actions, action, version, action.getVersion(), Optional::empty);
    }

    private static void revise(AssessmentAction action, int position, ActionForm form) {
        action.revise(position, form.getText().strip(), Forms.optional(form.getLead()),
                form.getDueOn().toDate().orElse(null));
    }
}
