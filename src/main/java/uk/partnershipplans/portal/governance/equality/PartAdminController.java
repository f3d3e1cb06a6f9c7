package uk.partnershipplans.portal.governance.equality;

import java.util.Arrays;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** The planning team keeps the parts of an assessment: add, change, delete. */
@Controller
@RequestMapping("/admin/equality-assessments/{parentId:\\d{1,18}}/assessment-parts")
class PartAdminController extends RecordPages<PartForm> {

    private final PartAdmin admin;
    private final AssessmentAdmin assessments;
    private final MessageSource messages;

    PartAdminController(PartAdmin admin, AssessmentAdmin assessments, MessageSource messages, ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(AssessmentPart.class, id)),
                assessmentId -> "/equality-assessments/" + assessmentId);
        this.admin = admin;
        this.assessments = assessments;
        this.messages = messages;
    }

    @Override
    protected String formPage(Long assessmentId, Long id, Model model) {
        model.addAttribute("assessment", assessments.assessment(assessmentId));
        model.addAttribute("outcomes", Arrays.stream(Outcome.values()).map(outcome -> new Option(outcome.name(),
                messages.getMessage("equality.outcome." + outcome.name(), null, LocaleContextHolder.getLocale()))).toList());
        return "governance/assessment-part-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        AssessmentPart part = admin.part(id);
        Long assessmentId = part.getAssessment().getId();
        return DeletePage.confirm(DeletePage.text("equality.part.thing", part.getTitle()),
                "/admin/equality-assessments/" + assessmentId + "/assessment-parts/" + id + "/delete",
                "/equality-assessments/" + assessmentId + "#part-" + id, part.getVersion(), null);
    }
}
