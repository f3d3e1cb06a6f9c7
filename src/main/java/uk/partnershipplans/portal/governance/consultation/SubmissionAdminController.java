package uk.partnershipplans.portal.governance.consultation;

import java.util.Comparator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Numbering;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** The planning team keeps the submissions of a consultation: add, change, delete. */
@Controller
@RequestMapping("/admin/consultations/{parentId:\\d{1,18}}/submissions")
class SubmissionAdminController extends RecordPages<SubmissionForm> {

    private final SubmissionAdmin admin;
    private final ConsultationAdmin consultations;

    SubmissionAdminController(SubmissionAdmin admin, ConsultationAdmin consultations, MessageSource messages,
            ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(Submission.class, id)),
                consultationId -> "/consultations/" + consultationId + "#submissions");
        this.admin = admin;
        this.consultations = consultations;
    }

    @Override
    protected String formPage(Long consultationId, Long id, Model model) {
        Consultation consultation = consultations.consultation(consultationId);
        YearFacts year = consultations.year(consultation.getPlanYearId());
        model.addAttribute("consultation", consultation);
        model.addAttribute("priorities", year.priorities().stream()
                .sorted(Comparator.comparing(p -> p.number(), Numbering.ORDER))
                .map(p -> new Option(String.valueOf(p.id()), p.number() + " " + p.title())).toList());
        model.addAttribute("actions", year.actions().stream()
                .sorted(Comparator.comparing(a -> a.number(), Numbering.ORDER))
                .map(a -> new Option(String.valueOf(a.id()), a.number() + " " + a.text())).toList());
        return "governance/submission-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        Submission submission = admin.submission(id);
        Long consultationId = submission.getConsultation().getId();
        return DeletePage.confirm(DeletePage.text("consultation.submission.thing", submission.getNumber(),
                submission.getSubmittedBy()), "/admin/consultations/" + consultationId + "/submissions/" + id + "/delete",
                "/consultations/" + consultationId + "#submissions", submission.getVersion(), null);
    }
}
