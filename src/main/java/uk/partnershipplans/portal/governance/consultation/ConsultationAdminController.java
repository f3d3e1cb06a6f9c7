package uk.partnershipplans.portal.governance.consultation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** The planning team keeps a plan year's consultations: add, change, delete one that has no submission. */
@Controller
@RequestMapping("/admin/plan-years/{parentId:\\d{1,18}}/consultations")
class ConsultationAdminController extends RecordPages<ConsultationForm> {

    private final ConsultationAdmin admin;

    ConsultationAdminController(ConsultationAdmin admin, MessageSource messages, ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(Consultation.class, id)),
                (yearId, id) -> "/plan-years/" + yearId + "/consultations", (yearId, id) -> "/consultations/" + id);
        this.admin = admin;
    }

    @Override
    protected String formPage(Long yearId, Long id, Model model) {
        model.addAttribute("year", admin.year(yearId));
        return "governance/consultation-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        Consultation consultation = admin.consultation(id);
        return DeletePage.confirm(DeletePage.text("consultation.thing", consultation.getTitle()),
                "/admin/plan-years/" + consultation.getPlanYearId() + "/consultations/" + id + "/delete",
                "/consultations/" + id, consultation.getVersion(), null);
    }
}
