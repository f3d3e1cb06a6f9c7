package uk.partnershipplans.portal.governance.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.WebAddress;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The sources of a key activity's evidence. Each kind needs its own fields: a committee report its title, the body and
 * the date; a web page its address; a conversation the role of the person; another source a description.
 */
@Service
@RequiredArgsConstructor
@Transactional
class SourceAdmin implements RecordAdmin<SourceForm> {

    private final ActivityAdmin activities;
    private final SourceRepository sources;

    @Transactional(readOnly = true)
    Source source(Long id) {
        Source source = sources.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        source.getActivity().getReview().getId(); // its pages go back to the review
        return source;
    }

    @Override
    @Transactional(readOnly = true)
    public SourceForm form(Long id) {
        return SourceForm.of(source(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return source(id).getActivity().getId();
    }

    @Override
    public Long create(Long activityId, SourceForm form) {
        Source source = new Source(activities.activity(activityId));
        revise(source, form, sources.lastPosition(activityId) + 1);
        return sources.saveAndFlush(source).getId();
    }

    @Override
    public void update(Long id, SourceForm form) {
        Source source = source(id);
        StaleEdit.check(form.getVersion(), source.getVersion());
        revise(source, form, source.getPosition());
        Writes.flushed(sources::flush, Map.of());
    }

    @Override
    public void delete(Long id, long version) {
        Source source = source(id);
        Writes.delete(sources, source, version, source.getVersion(), Optional::empty);
    }

    private static void revise(Source source, SourceForm form, int defaultPosition) {
        List<Problem> problems = new ArrayList<>();
        switch (form.getKind()) {
            case COMMITTEE_REPORT -> {
                required(form.getTitle(), "title", "review.source.title.required", problems);
                required(form.getBody(), "body", "review.source.body.required", problems);
                if (form.getDated().isBlank()) {
                    problems.add(new Problem("dated", "review.source.dated.required"));
                }
            }
            case WEB_PAGE -> {
                if (Forms.isBlank(form.getAddress()) || !WebAddress.Rule.isValid(form.getAddress().strip())) {
                    problems.add(new Problem("address", "review.source.address.format"));
                }
            }
            case CONVERSATION -> required(form.getRole(), "role", "review.source.role.required", problems);
            case OTHER -> required(form.getDescription(), "description", "review.source.description.required", problems);
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        source.revise(form.getPosition() == null ? defaultPosition : form.getPosition(), form.getKind(),
                Forms.optional(form.getTitle()), Forms.optional(form.getBody()), form.getDated().toDate().orElse(null),
                Forms.optional(form.getAddress()), Forms.optional(form.getRole()), Forms.optional(form.getDescription()));
    }

    private static void required(String typed, String field, String code, List<Problem> problems) {
        if (Forms.isBlank(typed)) {
            problems.add(new Problem(field, code));
        }
    }
}
