package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.SavedStamp;

/** A dated step that shows delivery: one of a priority's \"when we will do this\" commitments, tied to an action where known. */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Milestone extends SavedStamp {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Priority priority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id")
    private PlanAction action;

    private int position;

    private String text;

    private String dueWording;

    private LocalDate dueDate;

    private LocalDate completedOn;

    @Version
    private long version;

    public Milestone(Priority priority, PlanAction action, int position, String text, String dueWording, LocalDate dueDate) {
        this.priority = priority;
        this.action = action;
        this.position = position;
        this.text = text;
        this.dueWording = dueWording;
        this.dueDate = dueDate;
    }

    public void describe(PlanAction action, String text, String dueWording, LocalDate dueDate, LocalDate completedOn) {
        this.action = action;
        this.text = text;
        this.dueWording = dueWording;
        this.dueDate = dueDate;
        this.completedOn = completedOn;
    }

    public void complete(LocalDate completedOn) {
        this.completedOn = completedOn;
    }
}
