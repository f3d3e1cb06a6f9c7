package uk.partnershipplans.portal.plan.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.history.NamedAs;
import uk.partnershipplans.portal.plan.PlanStatus;
import uk.partnershipplans.portal.plan.model.framework.ExternalFramework;
import uk.partnershipplans.portal.shared.StoredRecord;

/** A multi-year strategic plan of a partnership, reviewed and refreshed every year. */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Plan extends StoredRecord {

    @NamedAs("Partnership")
    private Long partnershipId;

    private String title;

    private int startYear;

    private int endYear;

    private String vision;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PlanPartner> partners = new ArrayList<>();

    /** The external frameworks the plan works towards: its actions support their ambitions. */
    @ManyToMany
    @JoinTable(name = "plan_framework", joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "framework_id"))
    private Set<ExternalFramework> frameworks = new LinkedHashSet<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<KeyTheme> themes = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Principle> principles = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<StrategicObjective> strategicObjectives = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SupportedInitiative> supportedInitiatives = new ArrayList<>();

    @Version
    private long version;

    public Plan(Long partnershipId, String title, int startYear, int endYear, String vision, PlanStatus status) {
        this.partnershipId = partnershipId;
        this.title = title;
        this.startYear = startYear;
        this.endYear = endYear;
        this.vision = vision;
        this.status = status;
    }

    public String period() {
        return startYear + "-" + String.valueOf(endYear).substring(2);
    }

    /** The frameworks the plan works towards, in place of those it named. */
    public void workTowards(Collection<ExternalFramework> chosen) {
        frameworks.retainAll(chosen);
        frameworks.addAll(chosen);
    }

    public void revise(String title, int startYear, int endYear, String vision, PlanStatus status) {
        this.title = title;
        this.startYear = startYear;
        this.endYear = endYear;
        this.vision = vision;
        this.status = status;
    }
}
