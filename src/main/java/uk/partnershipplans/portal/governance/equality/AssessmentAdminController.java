package uk.partnershipplans.portal.governance.equality;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.plan.PlanCatalogue.PlanOutline;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** The planning team keeps a plan's equality impact assessments: a new one, what it assesses and its approval, deleting it. */
@Controller
@RequestMapping("/admin/plans/{parentId:\\d{1,18}}/equality-assessments")
class AssessmentAdminController extends RecordPages<AssessmentForm> {

    private final AssessmentAdmin admin;

    AssessmentAdminController(AssessmentAdmin admin, MessageSource messages, ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(EqualityAssessment.class, id)),
                (planId, id) -> "/plans/" + planId + "/equality-assessments", (planId, id) -> "/equality-assessments/" + id);
        this.admin = admin;
    }

    @Override
    protected String formPage(Long planId, Long id, Model model) {
        PlanOutline plan = admin.plan(planId);
        model.addAttribute("plan", plan);
        List<Option> years = plan.years().stream().map(year -> new Option(year.id().toString(), year.label())).toList();
        model.addAttribute("years", years);
        return "governance/equality-assessment-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        EqualityAssessment assessment = admin.assessment(id);
        return DeletePage.confirm(DeletePage.text("equality.assessment.thing", assessment.getSubject()),
                "/admin/plans/" + assessment.getPlanId() + "/equality-assessments/" + id + "/delete",
                "/equality-assessments/" + id, assessment.getVersion(), null);
    }
}
