package uk.partnershipplans.portal.governance.review;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.RecordPages;
import uk.partnershipplans.portal.shared.SavedVersion;

/** The planning team keeps the sources of a key activity's evidence: add, change, delete. */
@Controller
@RequestMapping("/admin/activities/{parentId:\\d{1,18}}/sources")
class SourceAdminController extends RecordPages<SourceForm> {

    private final SourceAdmin admin;
    private final ActivityAdmin activities;
    private final MessageSource messages;

    SourceAdminController(SourceAdmin admin, ActivityAdmin activities, MessageSource messages, ChangeHistory history) {
        super(admin, messages, id -> SavedVersion.of(admin.form(id), history.lastSaved(Source.class, id)),
                (activityId, id) -> "/final-reviews/" + activities.activity(activityId).getReview().getId(),
                (activityId, id) -> "/final-reviews/" + activities.activity(activityId).getReview().getId());
        this.admin = admin;
        this.activities = activities;
        this.messages = messages;
    }

    @Override
    protected String formPage(Long activityId, Long id, Model model) {
        model.addAttribute("activity", activities.activity(activityId));
        model.addAttribute("kinds", Arrays.stream(SourceKind.values()).map(kind -> new Option(kind.name(),
                messages.getMessage("review.source.kind." + kind.name(), null, Locale.UK))).toList());
        return "governance/source-form";
    }

    @Override
    protected DeletePage deletePage(Long id) {
        Source source = admin.source(id);
        Activity activity = source.getActivity();
        return DeletePage.confirm(DeletePage.text("review.source.thing", activity.getActivity()),
                "/admin/activities/" + activity.getId() + "/sources/" + id + "/delete",
                "/final-reviews/" + activity.getReview().getId(), source.getVersion(), null);
    }
}
