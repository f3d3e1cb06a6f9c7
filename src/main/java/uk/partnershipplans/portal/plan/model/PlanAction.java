package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.plan.model.framework.FrameworkAmbition;
import uk.partnershipplans.portal.shared.SavedStamp;

/**
 * A key action of a plan year: what will be done and by when. The target keeps the document's own wording ("autumn
 * 2013") beside a date the system can compare. How it is going is in its {@link ProgressReport}s, each as at a day; a
 * revised target date is in the report that gave it, so that the plan's own target stays as the plan set it.
 */
@Audited
@Entity
@Table(name = "plan_action")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanAction extends SavedStamp {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PlanYear planYear;

    private String number;

    private String text;

    private String targetWording;

    private LocalDate targetDate;

    private String lead;

    private int position;

    @ManyToMany
    @JoinTable(name = "action_priority", joinColumns = @JoinColumn(name = "action_id"),
            inverseJoinColumns = @JoinColumn(name = "priority_id"))
    private Set<Priority> priorities = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "action_ambition", joinColumns = @JoinColumn(name = "action_id"),
            inverseJoinColumns = @JoinColumn(name = "ambition_id"))
    private Set<FrameworkAmbition> ambitions = new LinkedHashSet<>();

    @Version
    private long version;

    public PlanAction(PlanYear planYear, String number, String text, String targetWording, LocalDate targetDate, String lead,
            int position) {
        this.planYear = planYear;
        this.number = number;
        this.text = text;
        this.targetWording = targetWording;
        this.targetDate = targetDate;
        this.lead = lead;
        this.position = position;
    }

    public void describe(String number, String text, String targetWording, LocalDate targetDate, String lead) {
        this.number = number;
        this.text = text;
        this.targetWording = targetWording;
        this.targetDate = targetDate;
        this.lead = lead;
    }
}
