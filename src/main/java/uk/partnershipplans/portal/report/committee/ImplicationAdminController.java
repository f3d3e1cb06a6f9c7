package uk.partnershipplans.portal.report.committee;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** The planning team keeps the implications of a draft committee report: add, change, delete. */
@Controller
@RequestMapping("/admin/committee-reports/{parentId:\\d{1,18}}/implications")
class ImplicationAdminController extends RecordPages<ImplicationForm> {

    private final ImplicationAdmin admin;
    private final CommitteeReportAdmin reports;

    ImplicationAdminController(ImplicationAdmin admin, CommitteeReportAdmin reports, MessageSource messages,
            ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(Implication.class, id)),
                reportId -> "/committee-reports/" + reportId + "#implications-list");
        this.admin = admin;
        this.reports = reports;
    }

    @Override
    protected String formPage(Long reportId, Long id, Model model) {
        model.addAttribute("report", reports.report(reportId));
        return "report/implication-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        Implication implication = admin.implication(id);
        Long reportId = implication.getReport().getId();
        return DeletePage.confirm(DeletePage.text("committee.implication.thing", implication.getHeading()),
                "/admin/committee-reports/" + reportId + "/implications/" + id + "/delete",
                "/committee-reports/" + reportId + "#implications-list", implication.getVersion(), null);
    }
}
