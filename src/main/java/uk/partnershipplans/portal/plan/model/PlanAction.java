package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.shared.SavedStamp;

/**
 * A key action of a plan year: what will be done and by when. The target keeps the document's own wording ("autumn
 * 2013") beside a date the system can compare.
 */
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

    /** What the lead last reported, or null while nobody has. */
    @Enumerated(EnumType.STRING)
    private ReportedProgress reportedStatus;

    /** The day it was completed: set exactly when {@link #reportedStatus} is completed. */
    private LocalDate completedOn;

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

    /** An approved update moved the target: the date replaces the old one; the document's wording is kept. */
    public void retarget(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    /** Records the lead's report; {@code completedOn} is given only with {@link ReportedProgress#COMPLETED}. */
    public void report(ReportedProgress status, LocalDate completedOn) {
        this.reportedStatus = status;
        this.completedOn = status == ReportedProgress.COMPLETED ? completedOn : null;
    }
}
