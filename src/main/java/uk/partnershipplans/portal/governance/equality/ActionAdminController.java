package uk.partnershipplans.portal.governance.equality;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** The planning team keeps the actions a part of an assessment plans: add, change, delete. */
@Controller
@RequestMapping("/admin/assessment-parts/{parentId:\\d{1,18}}/assessment-actions")
class ActionAdminController extends RecordPages<ActionForm> {

    private final ActionAdmin admin;
    private final PartAdmin parts;

    ActionAdminController(ActionAdmin admin, PartAdmin parts, MessageSource messages, ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(AssessmentAction.class, id)),
                partId -> "/equality-assessments/" + parts.keptIn(partId) + "#part-" + partId);
        this.admin = admin;
        this.parts = parts;
    }

    @Override
    protected String formPage(Long partId, Long id, Model model) {
        model.addAttribute("part", parts.part(partId));
        model.addAttribute("assessmentId", parts.keptIn(partId));
        return "governance/assessment-action-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        AssessmentAction action = admin.action(id);
        Long partId = admin.keptIn(id);
        return DeletePage.confirm(DeletePage.text("equality.action.thing", action.getText()),
                "/admin/assessment-parts/" + partId + "/assessment-actions/" + id + "/delete",
                "/equality-assessments/" + parts.keptIn(partId) + "#part-" + partId, action.getVersion(), null);
    }
}
