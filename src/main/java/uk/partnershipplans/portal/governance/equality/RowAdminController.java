package uk.partnershipplans.portal.governance.equality;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** The planning team keeps a part's rows, one for each protected characteristic or group: add, change, delete. */
@Controller
@RequestMapping("/admin/assessment-parts/{parentId:\\d{1,18}}/assessment-rows")
class RowAdminController extends RecordPages<RowForm> {

    private final RowAdmin admin;
    private final PartAdmin parts;
    private final AssessmentAdmin assessments;
    private final CharacteristicAdmin characteristics;

    RowAdminController(RowAdmin admin, PartAdmin parts, AssessmentAdmin assessments,
            CharacteristicAdmin characteristics, MessageSource messages, ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(AssessmentRow.class, id)),
                partId -> "/equality-assessments/" + parts.keptIn(partId) + "#part-" + partId);
        this.admin = admin;
        this.parts = parts;
        this.assessments = assessments;
        this.characteristics = characteristics;
    }

    @Override
    protected String formPage(Long partId, Long id, Model model) {
        AssessmentPart part = parts.part(partId);
        Long assessmentId = parts.keptIn(partId);
        EqualityAssessment assessment = assessments.assessment(assessmentId);
        model.addAttribute("part", part);
        model.addAttribute("assessmentId", assessmentId);
        model.addAttribute("characteristics", characteristics.offeredTo(assessments.plan(assessment.getPlanId()).partnershipId())
                .stream().map(c -> new Option(c.getId().toString(), c.getName())).toList());
        return "governance/assessment-row-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        AssessmentRow row = admin.row(id);
        Long partId = admin.keptIn(id);
        return DeletePage.confirm(DeletePage.text("equality.row.thing", row.getCharacteristic().getName()),
                "/admin/assessment-parts/" + partId + "/assessment-rows/" + id + "/delete",
                "/equality-assessments/" + parts.keptIn(partId) + "#part-" + partId, row.getVersion(), null);
    }
}
