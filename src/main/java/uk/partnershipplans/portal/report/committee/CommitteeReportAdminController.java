package uk.partnershipplans.portal.report.committee;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** The planning team writes a plan year's committee reports: a new draft, its sections, deleting a draft. */
@Controller
@RequestMapping("/admin/plan-years/{parentId:\\d{1,18}}/committee-reports")
class CommitteeReportAdminController extends RecordPages<CommitteeReportForm> {

    private final CommitteeReportAdmin admin;

    CommitteeReportAdminController(CommitteeReportAdmin admin, MessageSource messages, ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(CommitteeReport.class, id)),
                (yearId, id) -> "/plan-years/" + yearId + "/committee-reports", (yearId, id) -> "/committee-reports/" + id);
        this.admin = admin;
    }

    @Override
    protected String formPage(Long yearId, Long id, Model model) {
        model.addAttribute("year", admin.year(yearId));
        return "report/committee-report-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        CommitteeReport report = admin.report(id);
        return DeletePage.confirm(DeletePage.text("committee.thing", report.getTitle()),
                "/admin/plan-years/" + report.getPlanYearId() + "/committee-reports/" + id + "/delete",
                "/committee-reports/" + id, report.getVersion(), null);
    }
}
