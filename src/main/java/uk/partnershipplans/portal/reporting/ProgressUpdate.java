package uk.partnershipplans.portal.reporting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import uk.partnershipplans.portal.plan.ReportedProgress;

/**
 * The update a round asks for about one action or one indicator, written by its assignee. An action's update says how
 * the action is going (with a revised target date and its reason when slipping), which milestones are done, and the
 * evidence; an indicator's gives the figure for the round's period with the national and statistical neighbour
 * figures for the same period. Either has a commentary.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ProgressUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
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

    private boolean provisional;

    private BigDecimal nationalAverage;

    private BigDecimal statisticalNeighbour;

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

    static ProgressUpdate ofAction(ReportingRound round, Long actionId, Long assigneeId) {
        return new ProgressUpdate(round, actionId, null, assigneeId);
    }

    static ProgressUpdate ofIndicator(ReportingRound round, Long indicatorId, Long assigneeId) {
        return new ProgressUpdate(round, null, indicatorId, assigneeId);
    }

    boolean isOfAction() {
        return actionId != null;
    }

    /** Still waiting for its officer: neither submitted nor approved. */
    boolean isOutstanding() {
        return state != UpdateState.SUBMITTED && state != UpdateState.APPROVED;
    }

    /** Outstanding after the round's deadline, or submitted after it. */
    boolean isLate(LocalDate today, ZoneId zone) {
        LocalDate deadline = round.getDeadline();
        if (isOutstanding()) {
            return today.isAfter(deadline);
        }
        return submittedAt != null && LocalDate.ofInstant(submittedAt, zone).isAfter(deadline);
    }

    void assignTo(Long assigneeId) {
        this.assigneeId = assigneeId;
    }
}
