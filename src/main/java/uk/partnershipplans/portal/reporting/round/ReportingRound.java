package uk.partnershipplans.portal.reporting.round;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import uk.partnershipplans.portal.history.NamedAs;
import uk.partnershipplans.portal.shared.StoredRecord;

/** A round of updates for a plan year, such as "Six-monthly review, September 2012": open until an admin closes it. */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ReportingRound extends StoredRecord {

    @NamedAs("PlanYear")
    private Long planYearId;

    private String name;

    /** The last day of the period the updates report on. */
    private LocalDate periodEnd;

    /** The day updates are due. */
    private LocalDate deadline;

    /** The plan year while the round is open, null once closed: the database allows one open round per year. */
    @NamedAs("PlanYear")
    private Long openForPlanYearId;

    private Instant openedAt;

    private Instant closedAt;

    /** The account that approves the updates of each priority, by priority id; an admin approves the others. */
    @NotAudited // who approves each priority's updates is chosen again on the items page, and not kept in history
    @ElementCollection
    @CollectionTable(name = "reporting_round_lead", joinColumns = @JoinColumn(name = "round_id"))
    @MapKeyColumn(name = "priority_id")
    @Column(name = "account_id")
    private Map<Long, Long> priorityLeads = new HashMap<>();

    @Version
    private long version;

    public ReportingRound(Long planYearId, String name, LocalDate periodEnd, LocalDate deadline, Instant openedAt) {
        this.planYearId = planYearId;
        this.name = name;
        this.periodEnd = periodEnd;
        this.deadline = deadline;
        this.openForPlanYearId = planYearId;
        this.openedAt = openedAt;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    void revise(String name, LocalDate periodEnd, LocalDate deadline) {
        this.name = name;
        this.periodEnd = periodEnd;
        this.deadline = deadline;
    }

    /** The lead of each priority by priority id; priorities left out are approved by an admin. */
    void chooseLeads(Map<Long, Long> leads) {
        priorityLeads.clear();
        priorityLeads.putAll(leads);
    }

    /** Past its deadline on {@code today}: updates not yet submitted are then overdue. */
    boolean isPastDeadline(LocalDate today) {
        return today.isAfter(deadline);
    }

    void close(Instant now) {
        this.closedAt = now;
        this.openForPlanYearId = null;
    }
}
