package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.SavedStamp;

/** A priority for action in one plan year, numbered as the plan numbers it (3.1 ...). */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Priority extends SavedStamp {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PlanYear planYear;

    private String number;

    private String title;

    private String leadResponsibility;

    @ManyToOne(fetch = FetchType.LAZY)
    private OperationalObjective operationalObjective;

    private int position;

    @OneToMany(mappedBy = "priority", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PrioritySection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "priority", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PriorityLink> links = new ArrayList<>();

    @Version
    private long version;

    public Priority(PlanYear planYear, String number, String title, String leadResponsibility, int position) {
        this.planYear = planYear;
        this.number = number;
        this.title = title;
        this.leadResponsibility = leadResponsibility;
        this.position = position;
    }

    public void addSection(String heading, String body) {
        sections.add(new PrioritySection(this, sections.size() + 1, heading, body));
    }

    public void addLink(String title, String url) {
        links.add(new PriorityLink(this, links.size() + 1, title, url));
    }

    public void revise(String number, String title, String leadResponsibility, OperationalObjective operationalObjective) {
        this.number = number;
        this.title = title;
        this.leadResponsibility = leadResponsibility;
        this.operationalObjective = operationalObjective;
    }
}
