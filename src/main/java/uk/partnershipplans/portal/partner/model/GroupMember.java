package uk.partnershipplans.portal.partner.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.shared.StoredRecord;

/** A seat on a group, by role; who holds it now is optional (vacant, or a board defined by role only). */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class GroupMember extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private PartnerGroup group;

    private int position;

    private String role;

    private String personName;

    private String jobTitle;

    /** The seat is empty: the documents say so. A seat with nobody named and not marked vacant is simply not named. */
    private boolean vacant;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "group_member_organisation", joinColumns = @JoinColumn(name = "member_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderBy("name")
    private Set<PartnerOrganisation> organisations = new LinkedHashSet<>();

    @Version
    private long version;

    public GroupMember(PartnerGroup group, int position, String role, String personName, String jobTitle, boolean vacant,
            Set<PartnerOrganisation> organisations) {
        this.group = group;
        this.position = position;
        revise(role, personName, jobTitle, vacant, organisations);
    }

    public void revise(String role, String personName, String jobTitle, boolean vacant,
            Set<PartnerOrganisation> organisations) {
        this.role = role;
        this.personName = personName;
        this.jobTitle = jobTitle;
        this.vacant = vacant;
        this.organisations.clear();
        this.organisations.addAll(organisations);
    }
}
