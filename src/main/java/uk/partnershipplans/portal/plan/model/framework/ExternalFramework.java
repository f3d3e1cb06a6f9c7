package uk.partnershipplans.portal.plan.model.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.history.NamedAs;
import uk.partnershipplans.portal.shared.StoredRecord;

/** A framework outside the plan whose ambitions actions support, such as a Health and Wellbeing Strategy. */
@Audited
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ExternalFramework extends StoredRecord {

    @NamedAs("Partnership")
    private Long partnershipId;

    private String name;

    private String period;

    private String url;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<FrameworkAmbition> ambitions = new ArrayList<>();

    @Version
    private long version;

    public ExternalFramework(Long partnershipId, String name, String period, String url) {
        this.partnershipId = partnershipId;
        this.name = name;
        this.period = period;
        this.url = url;
    }

    public FrameworkAmbition addAmbition(String shortName, String description) {
        FrameworkAmbition ambition = new FrameworkAmbition(this, ambitions.size() + 1, shortName, description);
        ambitions.add(ambition);
        return ambition;
    }

    public void revise(String name, String period, String url) {
        this.name = name;
        this.period = period;
        this.url = url;
    }
}
