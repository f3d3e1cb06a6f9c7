package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One part of a priority's narrative: why this matters, what we know, what we will do ... */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PrioritySection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Priority priority;

    private int position;

    private String heading;

    private String body;

    public PrioritySection(Priority priority, int position, String heading, String body) {
        this.priority = priority;
        this.position = position;
        this.heading = heading;
        this.body = body;
    }

    public void rewrite(String heading, String body) {
        this.heading = heading;
        this.body = body;
    }

    public void moveTo(int position) {
        this.position = position;
    }
}
