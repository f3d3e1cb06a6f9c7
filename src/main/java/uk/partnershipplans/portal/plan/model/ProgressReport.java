package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import uk.partnershipplans.portal.plan.ReportedProgress;

/**
 * One report of progress the plan took in, as at the day it speaks for: an approved update (as at the end of its round's
 * period) or a board member's own record of an action's status (as at the day it was made). Never changed once made,
 * so that the position of a plan year can be worked out as at any date. Of an action or of an indicator.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long actionId;

    private Long indicatorId;

    private LocalDate asAt;

    /** The update it came from; null for a board member's own record, or once its round was deleted. */
    private Long updateId;

    private String roundName;

    @Enumerated(EnumType.STRING)
    private ReportedProgress reportedStatus;

    private LocalDate completedOn;

    private LocalDate revisedTargetDate;

    private String revisionReason;

    private String evidence;

    private String commentary;

    /** The period an indicator's figure is for. */
    private String periodLabel;

    private String approvedBy;

    private Instant approvedAt;

    /** Read with the report by the queries that read reports (PlanReadQueries), so that they cost one query each. */
    @ElementCollection
    @CollectionTable(name = "progress_report_link", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<ReportLink> links = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "progress_report_file", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<ReportFile> files = new ArrayList<>();

    private ProgressReport(Long actionId, Long indicatorId, LocalDate asAt, String approvedBy, Instant approvedAt) {
        this.actionId = actionId;
        this.indicatorId = indicatorId;
        this.asAt = asAt;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
    }

    public static ProgressReport ofAction(Long actionId, LocalDate asAt, ReportedProgress status, LocalDate completedOn,
            String approvedBy, Instant approvedAt) {
        ProgressReport report = new ProgressReport(actionId, null, asAt, approvedBy, approvedAt);
        report.reportedStatus = status;
        report.completedOn = status == ReportedProgress.COMPLETED ? completedOn : null;
        return report;
    }

    public static ProgressReport ofIndicator(Long indicatorId, LocalDate asAt, String periodLabel, String approvedBy,
            Instant approvedAt) {
        ProgressReport report = new ProgressReport(null, indicatorId, asAt, approvedBy, approvedAt);
        report.periodLabel = periodLabel;
        return report;
    }

    /** The update and round it came from, and what its officer wrote and gave as evidence. */
    public ProgressReport from(Long updateId, String roundName, String commentary, String evidence, List<ReportLink> links,
            List<ReportFile> files) {
        this.updateId = updateId;
        this.roundName = roundName;
        this.commentary = commentary;
        this.evidence = evidence;
        this.links.addAll(links);
        this.files.addAll(files);
        return this;
    }

    /** A target date the report moved, with the reason. */
    public ProgressReport retargeted(LocalDate revisedTargetDate, String revisionReason) {
        this.revisedTargetDate = revisedTargetDate;
        this.revisionReason = revisionReason;
        return this;
    }
}
