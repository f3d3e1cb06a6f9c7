package uk.partnershipplans.portal.reporting.update;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.reporting.round.ReportingRound;
import uk.partnershipplans.portal.shared.Dates;
import uk.partnershipplans.portal.shared.Figures;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * The update a round asks for about one action or one indicator, written by its assignee. An action's update says how
 * the action is going (with a revised target date and its reason when slipping), which milestones are done, and the
 * evidence; an indicator's gives the figure for the round's period with the national and statistical neighbour
 * figures for the same period, each with the decimal places it was given with ("64.0"). Either has a commentary.
 */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ProgressUpdate extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private ReportingRound round;

    /** Exactly one of the action and the indicator is set. */
    private Long actionId;

    private Long indicatorId;

    /** The account that writes the update; null while nobody is assigned. */
    private Long assigneeId;

    @Enumerated(EnumType.STRING)
    private UpdateState state = UpdateState.NOT_STARTED;

    @Enumerated(EnumType.STRING)
    private ReportedProgress reportedStatus;

    private LocalDate completedOn;

    private LocalDate revisedTargetDate;

    private String revisionReason;

    private String evidence;

    private String periodLabel;

    private LocalDate periodEnd;

    private BigDecimal figure;

    @Getter(AccessLevel.NONE)
    private Integer figureDecimals;

    private boolean provisional;

    private BigDecimal nationalAverage;

    @Getter(AccessLevel.NONE)
    private Integer nationalAverageDecimals;

    private BigDecimal statisticalNeighbour;

    @Getter(AccessLevel.NONE)
    private Integer statisticalNeighbourDecimals;

    private String commentary;

    /** Why a lead returned the update, shown to its officer. */
    private String returnComment;

    private Instant submittedAt;

    private String submittedBy;

    private Instant decidedAt;

    private String decidedBy;

    @ElementCollection
    @CollectionTable(name = "progress_update_milestone", joinColumns = @JoinColumn(name = "update_id"))
    private Set<MilestoneDone> milestonesDone = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "progress_update_link", joinColumns = @JoinColumn(name = "update_id"))
    @OrderColumn(name = "position")
    private List<EvidenceLink> links = new ArrayList<>();

    @Version
    private long version;

    private ProgressUpdate(ReportingRound round, Long actionId, Long indicatorId, Long assigneeId) {
        this.round = round;
        this.actionId = actionId;
        this.indicatorId = indicatorId;
        this.assigneeId = assigneeId;
    }

    public static ProgressUpdate ofAction(ReportingRound round, Long actionId, Long assigneeId) {
        return new ProgressUpdate(round, actionId, null, assigneeId);
    }

    public static ProgressUpdate ofIndicator(ReportingRound round, Long indicatorId, Long assigneeId) {
        return new ProgressUpdate(round, null, indicatorId, assigneeId);
    }

    public boolean isOfAction() {
        return actionId != null;
    }

    /** Still waiting for its officer: neither submitted nor approved. */
    public boolean isOutstanding() {
        return state != UpdateState.SUBMITTED && state != UpdateState.APPROVED;
    }

    /** Outstanding after the round's deadline, or submitted after it. */
    public boolean isLate(LocalDate today) {
        LocalDate deadline = round.getDeadline();
        if (isOutstanding()) {
            return today.isAfter(deadline);
        }
        return submittedAt != null && Dates.dayOf(submittedAt).isAfter(deadline);
    }

    public void assignTo(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    /** What its assignee wrote about the action: saved as a draft, or submitted for approval when {@code submit}. */
    void writeAction(ReportedProgress status, LocalDate completedOn, LocalDate revisedTargetDate, String revisionReason,
            Set<MilestoneDone> milestonesDone, String evidence, List<EvidenceLink> links, String commentary) {
        this.reportedStatus = status;
        this.completedOn = completedOn;
        this.revisedTargetDate = revisedTargetDate;
        this.revisionReason = revisionReason;
        this.milestonesDone.clear();
        this.milestonesDone.addAll(milestonesDone);
        this.evidence = evidence;
        this.links.clear();
        this.links.addAll(links);
        this.commentary = commentary;
    }

    /** What its assignee wrote about the indicator for the period. */
    void writeIndicator(String periodLabel, LocalDate periodEnd, BigDecimal figure, boolean provisional,
            BigDecimal nationalAverage, BigDecimal statisticalNeighbour, String commentary) {
        this.periodLabel = periodLabel;
        this.periodEnd = periodEnd;
        this.figure = figure;
        this.figureDecimals = Figures.decimalsOf(figure);
        this.provisional = provisional;
        this.nationalAverage = nationalAverage;
        this.nationalAverageDecimals = Figures.decimalsOf(nationalAverage);
        this.statisticalNeighbour = statisticalNeighbour;
        this.statisticalNeighbourDecimals = Figures.decimalsOf(statisticalNeighbour);
        this.commentary = commentary;
    }

    public BigDecimal getFigure() {
        return Figures.withDecimals(figure, figureDecimals);
    }

    public BigDecimal getNationalAverage() {
        return Figures.withDecimals(nationalAverage, nationalAverageDecimals);
    }

    public BigDecimal getStatisticalNeighbour() {
        return Figures.withDecimals(statisticalNeighbour, statisticalNeighbourDecimals);
    }

    void keepAsDraft() {
        this.state = UpdateState.DRAFT;
    }

    void submit(String username, Instant now) {
        this.state = UpdateState.SUBMITTED;
        this.submittedBy = username;
        this.submittedAt = now;
    }

    void approve(String username, Instant now) {
        this.state = UpdateState.APPROVED;
        this.decidedBy = username;
        this.decidedAt = now;
    }

    /** Back to its officer, with the lead's reason; the comment stays on the form until the next decision. */
    void giveBack(String comment, String username, Instant now) {
        this.state = UpdateState.RETURNED;
        this.returnComment = comment;
        this.decidedBy = username;
        this.decidedAt = now;
    }

    /** Open for its officer to change: in an open round and not submitted or approved. */
    boolean editable() {
        return round.isOpen() && state.editable();
    }
}
