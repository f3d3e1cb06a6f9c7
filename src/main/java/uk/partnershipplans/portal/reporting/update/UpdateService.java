package uk.partnershipplans.portal.reporting.update;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.account.AccountDirectory;
import uk.partnershipplans.portal.plan.FigureRule;
import uk.partnershipplans.portal.plan.PlanFacts.ActionFacts;
import uk.partnershipplans.portal.plan.PlanFacts.IndicatorFacts;
import uk.partnershipplans.portal.plan.PlanFacts.MilestoneFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.plan.PlanFacts;
import uk.partnershipplans.portal.plan.ProgressRecords.Approval;
import uk.partnershipplans.portal.plan.ProgressRecords.Period;
import uk.partnershipplans.portal.plan.ProgressRecords;
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Reach;
import uk.partnershipplans.portal.shared.Reaches;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.WebAddress;
import uk.partnershipplans.portal.shared.Writes;

/**
 * Officers write their updates; the priority's lead or an admin approves them, or returns them with a comment.
 * Who may do what: the assignee edits (while the update is open), the approver and admins decide, and the assignee,
 * the approver, admins and board members may read it. Anybody else is told it does not exist.
 */
@Service
@RequiredArgsConstructor
@Transactional
class UpdateService {

    private final ProgressUpdateRepository updates;
    private final PlanFacts planFacts;
    private final ProgressRecords records;
    private final AccountDirectory accounts;
    private final Clock clock;
    private final UpdateAttachmentRepository attachments;
    private final EvidenceFiles files;
    private final Reaches reaches;

    /** The signed-in person as the rules see them. */
    record Viewer(String username, Long accountId, boolean admin, boolean board, Reach reach) {
    }

    /** What the update page shows beside the form, for one viewer. */
    record UpdatePage(Long id, boolean ofAction, String roundName, LocalDate deadline, String subject, UpdateState state,
            String returnComment, boolean editable, boolean decidable, ActionFacts action, MilestoneNames milestones,
            IndicatorFacts indicator, Period period, ValueFacts previous, ValueFacts held, String submittedBy,
            Instant submittedAt, String decidedBy, Instant decidedAt, List<UpdateAttachmentRepository.Listed> attachments) {
    }

    /** A file to serve. */
    record Download(String filename, String contentType, byte[] content) {
    }

    /** The names of an action's milestones, by id, to show what was ticked. */
    record MilestoneNames(Map<Long, String> names) {
        public String of(Long id) {
            return names.getOrDefault(id, "");
        }
    }

    /** A row of the list of updates waiting for a decision. */
    record Waiting(Long id, String roundName, String subject, String submittedBy, Instant submittedAt) {
    }

    Viewer viewer(Authentication authentication) {
        String username = authentication.getName();
        Long accountId = accounts.idOf(username).orElse(null);
        return new Viewer(username, accountId, Role.ADMIN.isHeldBy(authentication), Role.BOARD.isHeldBy(authentication),
                reaches.of(authentication));
    }

    @Transactional(readOnly = true)
    UpdatePage page(Long id, Viewer viewer) {
        ProgressUpdate update = visible(id, viewer);
        return page(update, viewer, year(update));
    }

    @Transactional(readOnly = true)
    UpdateForm form(Long id, Viewer viewer) {
        ProgressUpdate update = visible(id, viewer);
        UpdateForm form = new UpdateForm();
        form.setVersion(update.getVersion());
        form.setReportedStatus(update.getReportedStatus() == null ? null : update.getReportedStatus().name());
        form.setCompletedOn(DateField.of(update.getCompletedOn()));
        form.setRevisedTargetDate(DateField.of(update.getRevisedTargetDate()));
        form.setRevisionReason(update.getRevisionReason());
        form.setEvidence(update.getEvidence());
        form.setCommentary(update.getCommentary());
        form.setFigure(FigureRule.typed(update.getFigure()));
        form.setProvisional(update.isProvisional());
        form.setNationalAverage(FigureRule.typed(update.getNationalAverage()));
        form.setStatisticalNeighbour(FigureRule.typed(update.getStatisticalNeighbour()));
        if (update.isOfAction()) {
            Map<Long, LocalDate> done = update.getMilestonesDone().stream()
                    .collect(Collectors.toMap(MilestoneDone::getMilestoneId, MilestoneDone::getCompletedOn));
            for (MilestoneFacts milestone : milestonesOf(year(update), update.getActionId())) {
                UpdateForm.MilestoneRow row = new UpdateForm.MilestoneRow(milestone.id(), milestone.text());
                LocalDate on = done.getOrDefault(milestone.id(), milestone.completedOn());
                row.setDone(on != null);
                row.setDoneOn(DateField.of(on));
                form.getMilestones().add(row);
            }
            update.getLinks().forEach(link -> form.getLinks().add(new UpdateForm.LinkRow(link.getTitle(), link.getUrl())));
            while (form.getLinks().size() < UpdateForm.LINK_ROWS) {
                form.getLinks().add(new UpdateForm.LinkRow());
            }
        }
        return form;
    }

    /** Saves what the assignee typed, as a draft or (when {@code submit}) for approval. */
    void save(Long id, UpdateForm form, boolean submit, Viewer viewer) {
        ProgressUpdate update = visible(id, viewer);
        if (!Objects.equals(update.getAssigneeId(), viewer.accountId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!update.editable()) {
            throw Refusal.of(null, "update.not-editable");
        }
        StaleEdit.check(form.getVersion(), update.getVersion());
        LocalDate today = LocalDate.now(clock);
        YearFacts year = year(update);
        UpdateRules rules = new UpdateRules();
        if (update.isOfAction()) {
            writeAction(update, form, submit, today, year, rules);
        } else {
            writeIndicator(update, form, submit, today, year, rules);
        }
        if (submit && (Forms.optional(form.getCommentary()) == null)) {
            rules.refuse("commentary", "update.commentary.required");
        }
        if (!rules.problems().isEmpty()) {
            throw new Refusal(rules.problems());
        }
        if (!form.getRemoveAttachments().isEmpty()) {
            attachments.deleteByIdInAndUpdateId(form.getRemoveAttachments(), update.getId());
        }
        if (form.getFile() != null && !form.getFile().isEmpty()) {
            files.attach(update, form.getFile(), viewer.username());
        }
        if (submit) {
            update.submit(viewer.username(), clock.instant());
        } else {
            update.keepAsDraft();
        }
        Writes.flushed(updates::flush, Map.of()); // a concurrent save is refused here as stale, not failed at commit
    }

    private static void writeAction(ProgressUpdate update, UpdateForm form, boolean submit, LocalDate today,
            YearFacts year, UpdateRules rules) {
        ReportedProgress status = null;
        if (form.getReportedStatus() != null && !form.getReportedStatus().isBlank()) {
            try {
                status = ReportedProgress.valueOf(form.getReportedStatus());
            } catch (IllegalArgumentException e) {
                rules.refuse("reportedStatus", "update.reportedStatus.required");
            }
        } else if (submit) {
            rules.refuse("reportedStatus", "update.reportedStatus.required");
        }
        LocalDate completedOn = null;
        if (status == ReportedProgress.COMPLETED) {
            completedOn = rules.date(form.getCompletedOn(), "completedOn", "update.completedOn", today).orElse(null);
            if (completedOn == null && form.getCompletedOn().isBlank() && submit) {
                rules.refuse("completedOn", "update.completedOn.required");
            }
        }
        LocalDate revised = null;
        String reason = null;
        if (status == ReportedProgress.SLIPPING) {
            revised = rules.date(form.getRevisedTargetDate(), "revisedTargetDate", "update.revisedTargetDate", null)
                    .orElse(null);
            if (revised == null && form.getRevisedTargetDate().isBlank() && submit) {
                rules.refuse("revisedTargetDate", "update.revisedTargetDate.required");
            }
            if (revised != null && revised.isBefore(update.getRound().getPeriodEnd())) {
                rules.refuse("revisedTargetDate", "update.revisedTargetDate.past");
            }
            reason = Forms.optional(form.getRevisionReason());
            if (revised != null && reason == null) {
                rules.refuse("revisionReason", "update.revisionReason.required");
            }
        }
        Set<Long> ofAction = milestonesOf(year, update.getActionId()).stream().map(MilestoneFacts::id)
                .collect(Collectors.toSet());
        Set<MilestoneDone> done = new HashSet<>();
        for (int i = 0; i < form.getMilestones().size(); i++) {
            UpdateForm.MilestoneRow row = form.getMilestones().get(i);
            if (!row.isDone() || !ofAction.contains(row.getMilestoneId())) {
                continue;
            }
            String field = "milestones[" + i + "].doneOn";
            Optional<LocalDate> on = rules.date(row.getDoneOn(), field, "update.milestone.doneOn", today);
            if (on.isPresent()) {
                done.add(new MilestoneDone(row.getMilestoneId(), on.get()));
            } else if (row.getDoneOn().isBlank()) {
                rules.refuse(field, "update.milestone.doneOn.required", row.getText());
            }
        }
        List<EvidenceLink> links = new ArrayList<>();
        for (int i = 0; i < form.getLinks().size(); i++) {
            UpdateForm.LinkRow row = form.getLinks().get(i);
            String title = Forms.optional(row.getTitle());
            String url = Forms.optional(row.getUrl());
            if (title == null && url == null) {
                continue;
            }
            if (title == null) {
                rules.refuse("links[" + i + "].title", "update.link.title.required");
            }
            if (url == null || !WebAddress.Rule.isValid(url)) {
                rules.refuse("links[" + i + "].url", "update.link.url.invalid");
            }
            if (title != null && url != null) {
                links.add(new EvidenceLink(title, url));
            }
        }
        update.writeAction(status, completedOn, revised, reason, done, Forms.optional(form.getEvidence()), links,
                Forms.optional(form.getCommentary()));
    }

    private static void writeIndicator(ProgressUpdate update, UpdateForm form, boolean submit, LocalDate today,
            YearFacts year, UpdateRules rules) {
        IndicatorFacts indicator = indicatorOf(year, update.getIndicatorId());
        Optional<Period> period = period(update, indicator);
        if (period.isEmpty()) {
            rules.refuse(null, "update.period.unknown");
        } else if (period.get().end().isAfter(today)) {
            rules.refuse(null, "update.period.future", period.get().label());
        }
        BigDecimal figure = rules.figure(form.getFigure(), "figure", "update.figure", indicator.unit()).orElse(null);
        if (submit && (form.getFigure() == null || form.getFigure().isBlank())) {
            rules.refuse("figure", "update.figure.required");
        }
        BigDecimal national = rules.figure(form.getNationalAverage(), "nationalAverage", "update.nationalAverage",
                indicator.unit()).orElse(null);
        BigDecimal neighbour = rules.figure(form.getStatisticalNeighbour(), "statisticalNeighbour",
                "update.statisticalNeighbour", indicator.unit()).orElse(null);
        update.writeIndicator(period.map(Period::label).orElse(null), period.map(Period::end).orElse(null), figure,
                form.isProvisional(), national, neighbour, Forms.optional(form.getCommentary()));
    }

    /** An attachment, for those who may see its update; for anybody else it does not exist. */
    @Transactional(readOnly = true)
    Download download(Long attachmentId, Viewer viewer) {
        UpdateAttachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        visible(attachment.getUpdate().getId(), viewer);
        return new Download(attachment.getFilename(), attachment.getContentType(), attachment.getContent());
    }

    /** Submitted updates the viewer may decide, oldest first. */
    @Transactional(readOnly = true)
    List<Waiting> waiting(Viewer viewer) {
        Map<Long, YearFacts> years = new HashMap<>();
        return updates.findByStateOrderBySubmittedAt(UpdateState.SUBMITTED).stream()
                .filter(update -> decidable(update, viewer,
                        years.computeIfAbsent(update.getRound().getPlanYearId(), y -> planFacts.year(y).orElseThrow())))
                .map(update -> new Waiting(update.getId(), update.getRound().getName(),
                        subject(update, years.get(update.getRound().getPlanYearId())), update.getSubmittedBy(),
                        update.getSubmittedAt()))
                .toList();
    }

    /** Approves a submitted update and records it in the plan. */
    void approve(Long id, long version, Viewer viewer) {
        ProgressUpdate update = deciding(id, version, viewer);
        Instant now = clock.instant();
        Approval approval = new Approval(update.getId(), update.getRound().getName(), update.getRound().getPeriodEnd(),
                update.getCommentary(),
                update.getLinks().stream().map(link -> new ProgressRecords.Link(link.getTitle(), link.getUrl())).toList(),
                attachments.findByUpdateIdOrderByUploadedAt(update.getId()).stream()
                        .map(file -> new ProgressRecords.File(file.getId(), file.getFilename())).toList(),
                viewer.username(), now);
        if (update.isOfAction()) {
            Map<Long, LocalDate> done = update.getMilestonesDone().stream()
                    .collect(Collectors.toMap(MilestoneDone::getMilestoneId, MilestoneDone::getCompletedOn));
            records.reportAction(update.getActionId(), approval, update.getReportedStatus(), update.getCompletedOn(),
                    update.getRevisedTargetDate(), update.getRevisionReason(), update.getEvidence(), done);
        } else {
            records.reportIndicator(update.getIndicatorId(), approval, new Period(update.getPeriodLabel(),
                    update.getPeriodEnd()), update.getFigure(), update.isProvisional(), update.getNationalAverage(),
                    update.getStatisticalNeighbour());
        }
        update.approve(viewer.username(), now);
        Writes.flushed(updates::flush, Map.of());
    }

    /** Returns a submitted update to its officer with the reason. */
    void giveBack(Long id, long version, String comment, Viewer viewer) {
        String reason = Forms.optional(comment);
        if (reason == null) {
            throw Refusal.of("returnComment", "update.returnComment.required");
        }
        if (reason.length() > 2000) {
            throw Refusal.of("returnComment", "update.returnComment.size");
        }
        ProgressUpdate update = deciding(id, version, viewer);
        update.giveBack(reason, viewer.username(), clock.instant());
        Writes.flushed(updates::flush, Map.of());
    }

    private ProgressUpdate deciding(Long id, long version, Viewer viewer) {
        ProgressUpdate update = visible(id, viewer);
        if (!reviews(update, viewer, year(update))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!update.getRound().isOpen()) {
            throw Refusal.of(null, "update.decision.round-closed");
        }
        if (isOwn(update, viewer)) {
            throw Refusal.of(null, "update.decision.own");
        }
        if (update.getState() != UpdateState.SUBMITTED) {
            throw Refusal.of(null, "update.not-submitted");
        }
        StaleEdit.check(version, update.getVersion());
        return update;
    }

    /** The update, if the viewer may read it; otherwise it is not found, so nobody learns which updates exist. */
    ProgressUpdate visible(Long id, Viewer viewer) {
        ProgressUpdate update = updates.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean assignee = viewer.accountId() != null && viewer.accountId().equals(update.getAssigneeId());
        if (assignee || viewer.admin() || viewer.board() || reviews(update, viewer, year(update))) {
            return update;
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /**
     * Whether the viewer may approve or return the update now: it is submitted, its round is open, the viewer reviews it
     * and neither wrote it nor was asked to (separation of duties holds for admins too).
     */
    private static boolean decidable(ProgressUpdate update, Viewer viewer, YearFacts year) {
        return update.getState() == UpdateState.SUBMITTED && update.getRound().isOpen() && !isOwn(update, viewer)
                && reviews(update, viewer, year);
    }

    /** Whether the viewer wrote the update or was asked to write it. */
    private static boolean isOwn(ProgressUpdate update, Viewer viewer) {
        return viewer.username().equals(update.getSubmittedBy())
                || viewer.accountId() != null && viewer.accountId().equals(update.getAssigneeId());
    }

    /**
     * Admins review any update of their partnerships; a priority's lead in the round reviews the updates of that
     * priority.
     */
    private static boolean reviews(ProgressUpdate update, Viewer viewer, YearFacts year) {
        if (!viewer.reach().includes(year.plan().partnershipId())) {
            return false;
        }
        if (viewer.admin()) {
            return true;
        }
        if (viewer.accountId() == null) {
            return false;
        }
        Map<Long, Long> leads = update.getRound().getPriorityLeads();
        List<Long> priorities = update.isOfAction()
                ? year.actions().stream().filter(a -> a.id().equals(update.getActionId())).findFirst()
                        .map(ActionFacts::priorityIds).orElse(List.of())
                : indicatorOf(year, update.getIndicatorId()).measures().stream().filter(PlanFacts.Measures::primary)
                        .map(PlanFacts.Measures::priorityId).toList();
        return priorities.stream().anyMatch(p -> viewer.accountId().equals(leads.get(p)));
    }

    private UpdatePage page(ProgressUpdate update, Viewer viewer, YearFacts year) {
        boolean assignee = viewer.accountId() != null && viewer.accountId().equals(update.getAssigneeId());
        boolean decidable = decidable(update, viewer, year);
        if (update.isOfAction()) {
            ActionFacts action = year.actions().stream().filter(a -> a.id().equals(update.getActionId())).findFirst()
                    .orElseThrow();
            MilestoneNames names = new MilestoneNames(milestonesOf(year, action.id()).stream()
                    .collect(Collectors.toMap(MilestoneFacts::id, MilestoneFacts::text)));
            return new UpdatePage(update.getId(), true, update.getRound().getName(), update.getRound().getDeadline(),
                    subject(update, year), update.getState(), update.getReturnComment(), assignee && update.editable(),
                    decidable, action, names, null, null, null, null, update.getSubmittedBy(), update.getSubmittedAt(),
                    update.getDecidedBy(), update.getDecidedAt(), attachments.findByUpdateIdOrderByUploadedAt(update.getId()));
        }
        IndicatorFacts indicator = indicatorOf(year, update.getIndicatorId());
        Optional<Period> period = period(update, indicator);
        ValueFacts previous = period.flatMap(p -> indicator.values().stream()
                .filter(v -> v.figure() != null && v.periodEnd() != null && v.periodEnd().isBefore(p.end()))
                .max(Comparator.comparing(ValueFacts::periodEnd))).orElse(null);
        // the figure already held for the update's own period, which approving the update replaces
        ValueFacts held = period.flatMap(p -> indicator.values().stream()
                .filter(v -> v.figure() != null && v.periodLabel().equalsIgnoreCase(p.label())).findFirst()).orElse(null);
        return new UpdatePage(update.getId(), false, update.getRound().getName(), update.getRound().getDeadline(),
                subject(update, year), update.getState(), update.getReturnComment(), assignee && update.editable(),
                decidable, null, null, indicator, period.orElse(null), previous, held, update.getSubmittedBy(),
                update.getSubmittedAt(), update.getDecidedBy(), update.getDecidedAt(),
                attachments.findByUpdateIdOrderByUploadedAt(update.getId()));
    }

    /** The period an indicator's update reports: the last of the indicator's kind ending by the round's period end. */
    private static Optional<Period> period(ProgressUpdate update, IndicatorFacts indicator) {
        if (indicator.periodType() == null) {
            return Optional.empty();
        }
        return Optional.of(ProgressRecords.latestPeriod(indicator.periodType(), update.getRound().getPeriodEnd()));
    }

    private static String subject(ProgressUpdate update, YearFacts year) {
        if (update.isOfAction()) {
            return year.actions().stream().filter(a -> a.id().equals(update.getActionId())).findFirst()
                    .map(a -> (a.number() == null ? "" : a.number() + " ") + a.text()).orElse("");
        }
        return indicatorOf(year, update.getIndicatorId()).name();
    }

    private static IndicatorFacts indicatorOf(YearFacts year, Long indicatorId) {
        return year.indicators().stream().filter(i -> i.id().equals(indicatorId)).findFirst().orElseThrow();
    }

    private static List<MilestoneFacts> milestonesOf(YearFacts year, Long actionId) {
        return year.milestones().stream().filter(m -> actionId.equals(m.actionId())).toList();
    }

    private YearFacts year(ProgressUpdate update) {
        return planFacts.year(update.getRound().getPlanYearId()).orElseThrow();
    }
}
