package uk.partnershipplans.portal.governance.group;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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
 * A group of children, young people or families a plan targets ("children in care", "young carers"): its name, what
 * the plan means by it, and the priorities of the plan's years that serve it.
 */
@Entity
@Audited
@Table(name = "vulnerable_group")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class VulnerableGroup extends StoredRecord {

    @NamedAs("Plan")
    private Long planId;

    private String name;
    private String definition;

    @NamedAs("Priority")
    @ElementCollection
    @BatchSize(size = 50) // the priorities of a plan's groups in one query
    @CollectionTable(name = "vulnerable_group_priority", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "priority_id")
    private Set<Long> priorityIds = new LinkedHashSet<>();

    @Version
    private long version;

    VulnerableGroup(Long planId) {
        this.planId = planId;
    }

    void revise(String name, String definition, Set<Long> priorityIds) {
        this.name = name;
        this.definition = definition;
        this.priorityIds.retainAll(priorityIds);
        this.priorityIds.addAll(priorityIds);
    }
}
