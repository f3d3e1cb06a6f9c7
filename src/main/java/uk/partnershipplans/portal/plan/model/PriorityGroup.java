package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.SavedStamp;

/**
 * Priorities of a plan year that its tables put under one column heading of the year's own wording: the action summary
 * heads the column with {@code actionsHeading}, the indicator table with {@code indicatorsHeading} and its footnote. A
 * tick under the heading links the action or indicator to every priority of the group.
 */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PriorityGroup extends SavedStamp {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PlanYear planYear;

    private int position;

    private String actionsHeading;

    private String indicatorsHeading;

    private String footnote;

    @ManyToMany
    @JoinTable(name = "priority_group_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "priority_id"))
    private Set<Priority> priorities = new LinkedHashSet<>();

    @Version
    private long version;

    public PriorityGroup(PlanYear planYear, int position, String actionsHeading, String indicatorsHeading, String footnote,
            Set<Priority> priorities) {
        this.planYear = planYear;
        this.position = position;
        this.actionsHeading = actionsHeading;
        this.indicatorsHeading = indicatorsHeading;
        this.footnote = footnote;
        this.priorities.addAll(priorities);
    }

    public void revise(String actionsHeading, String indicatorsHeading, String footnote, Set<Priority> priorities) {
        this.actionsHeading = actionsHeading;
        this.indicatorsHeading = indicatorsHeading;
        this.footnote = footnote;
        this.priorities.retainAll(priorities);
        this.priorities.addAll(priorities);
    }
}
