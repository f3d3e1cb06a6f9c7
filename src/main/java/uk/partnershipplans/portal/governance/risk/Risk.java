package uk.partnershipplans.portal.governance.risk;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.history.NamedAs;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * A risk to the delivery of a plan (or of one of its years): what it is, its area and cause, how likely it is and how
 * great its impact would be (1 to 5 each), who owns it, how it is mitigated, when it is next reviewed, and the
 * priorities it threatens. Its score and rating follow from likelihood and impact ({@link RiskRating}).
 */
@Entity
@Audited
@Table(name = "plan_risk")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Risk extends StoredRecord {

    @NamedAs("Plan")
    private Long planId;

    /** The year the risk is to, or null for the whole plan. */
    @NamedAs("PlanYear")
    private Long planYearId;

    private String title;
    private String description;
    private String area;
    private String cause;
    private int likelihood;
    private int impact;
    private String owner;
    private String mitigations;
    private LocalDate reviewDate;

    @NamedAs("Priority")
    @ElementCollection
    @BatchSize(size = 50) // the priorities of a page of the register in one query
    @CollectionTable(name = "plan_risk_priority", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "priority_id")
    private Set<Long> priorityIds = new LinkedHashSet<>();

    @Version
    private long version;

    Risk(Long planId) {
        this.planId = planId;
    }

    /** Likelihood times impact: 1 to 25. */
    int score() {
        return likelihood * impact;
    }

    RiskRating rating() {
        return RiskRating.of(score());
    }

    void revise(Long planYearId, String title, String description, String area, String cause, int likelihood, int impact,
            String owner, String mitigations, LocalDate reviewDate, Set<Long> priorityIds) {
        this.planYearId = planYearId;
        this.title = title;
        this.description = description;
        this.area = area;
        this.cause = cause;
        this.likelihood = likelihood;
        this.impact = impact;
        this.owner = owner;
        this.mitigations = mitigations;
        this.reviewDate = reviewDate;
        this.priorityIds.retainAll(priorityIds);
        this.priorityIds.addAll(priorityIds);
    }
}
