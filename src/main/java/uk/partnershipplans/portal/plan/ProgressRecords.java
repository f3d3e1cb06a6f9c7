package uk.partnershipplans.portal.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.model.MilestoneRepository;
import uk.partnershipplans.portal.plan.model.PlanActionRepository;
import uk.partnershipplans.portal.plan.model.ProgressReport;
import uk.partnershipplans.portal.plan.model.ProgressReportRepository;
import uk.partnershipplans.portal.plan.model.ReportFile;
import uk.partnershipplans.portal.plan.model.ReportLink;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorRepository;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValueRepository;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;
import uk.partnershipplans.portal.shared.SavedBy;

/**
 * How an approved progress update reaches the plan: an action's reported status, its revised target date and its
 * milestones done; an indicator's figures for a period. Only approved updates come through here, so the plan pages
 * board members read show approved figures only.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class ProgressRecords {

    private final PlanActionRepository actions;
    private final MilestoneRepository milestones;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final ProgressReportRepository reports;

    /** A reporting period: its label as the documents write it ("2013/14 Q2", "2012/13 annual") and its last day. */
    public record Period(String label, LocalDate end) {
    }

    /** The last period of this kind that ends on or before {@code day}. */
    public static Period latestPeriod(PeriodType type, LocalDate day) {
        return ReportingPeriods.latestEndingBy(type, day);
    }

    /**
     * Where an approved update came from: the update, its round and the end of the round's period, who approved it, and
     * its commentary and evidence (links, and files by their attachment).
     */
    public record Approval(Long updateId, String roundName, LocalDate periodEnd, String commentary, List<Link> links,
            List<File> files, String approvedBy, Instant approvedAt) {
    }

    /** A link given as evidence: its title and address. */
    public record Link(String title, String url) {
    }

    /** A file given as evidence: the update's attachment that serves it, and its name. */
    public record File(Long attachmentId, String filename) {
    }

    /**
     * Records an action's approved report, as at the end of its round's period. A revised target date is kept in the
     * report, with its reason: the status pages judge the action against it from that day on, and the plan's own
     * target stays. {@code milestonesDone} gives the day each of the action's milestones was done; milestones of other
     * actions are ignored.
     */
    public void reportAction(Long actionId, Approval approval, ReportedProgress status, LocalDate completedOn,
            LocalDate revisedTargetDate, String revisionReason, String evidence, Map<Long, LocalDate> milestonesDone) {
        actions.findById(actionId).orElseThrow();
        reports.save(ProgressReport.ofAction(actionId, approval.periodEnd(), status, completedOn, approval.approvedBy(),
                        approval.approvedAt())
                .from(approval.updateId(), approval.roundName(), approval.commentary(), evidence, links(approval),
                        files(approval))
                .retargeted(revisedTargetDate, revisedTargetDate == null ? null : revisionReason));
        milestones.findAllById(milestonesDone.keySet()).stream()
                .filter(m -> m.getAction() != null && m.getAction().getId().equals(actionId))
                .forEach(m -> m.complete(milestonesDone.get(m.getId())));
    }

    /**
     * A board member's own record of how an action is going, when it differs from the action's latest report: as at the
     * day it was completed, for a completed action, so that a year's position at its end counts it; else as at
     * {@code today}.
     */
    public void recordStatus(Long actionId, ReportedProgress status, LocalDate completedOn, LocalDate today) {
        Optional<ProgressReport> latest = latestOfAction(actionId);
        LocalDate latestCompletedOn = latest.map(ProgressReport::getCompletedOn).orElse(null);
        if (latest.map(ProgressReport::getReportedStatus).orElse(null) == status
                && Objects.equals(latestCompletedOn, status == ReportedProgress.COMPLETED ? completedOn : null)) {
            return;
        }
        LocalDate asAt = status == ReportedProgress.COMPLETED && completedOn != null ? completedOn : today;
        reports.save(ProgressReport.ofAction(actionId, asAt, status, completedOn, SavedBy.signedIn(), Instant.now()));
    }

    /** The action's latest report, whatever its day. */
    public Optional<ProgressReport> latestOfAction(Long actionId) {
        return reports.findFirstByActionIdOrderByAsAtDescApprovedAtDescIdDesc(actionId);
    }

    /**
     * Records an indicator's approved figures for a period, adding the period if the indicator has no row for it, and the
     * report with its commentary, as at the end of its round's period.
     */
    public void reportIndicator(Long indicatorId, Approval approval, Period period, BigDecimal figure, boolean provisional,
            BigDecimal nationalAverage, BigDecimal statisticalNeighbour) {
        IndicatorValue value = values.findFirstByIndicatorIdAndPeriodLabelIgnoreCase(indicatorId, period.label())
                .orElseGet(() -> values.save(new IndicatorValue(indicators.findById(indicatorId).orElseThrow(),
                        period.label(), period.end(), null, false, null, null, null)));
        value.report(figure, provisional, nationalAverage, statisticalNeighbour);
        reports.save(ProgressReport.ofIndicator(indicatorId, approval.periodEnd(), period.label(), approval.approvedBy(),
                        approval.approvedAt())
                .from(approval.updateId(), approval.roundName(), approval.commentary(), null, links(approval),
                        files(approval)));
    }

    private static List<ReportLink> links(Approval approval) {
        return approval.links().stream().map(link -> new ReportLink(link.title(), link.url())).toList();
    }

    private static List<ReportFile> files(Approval approval) {
        return approval.files().stream().map(file -> new ReportFile(file.attachmentId(), file.filename())).toList();
    }
}
