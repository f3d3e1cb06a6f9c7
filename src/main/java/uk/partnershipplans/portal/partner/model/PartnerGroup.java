package uk.partnershipplans.portal.partner.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.hibernate.envers.NotAudited;
import uk.partnershipplans.portal.shared.StoredRecord;

/** A board, executive, commissioning group, hub, locality management group or reference group. */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PartnerGroup extends StoredRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Partnership partnership;

    private String name;

    @Enumerated(EnumType.STRING)
    private GroupType type;

    private String description;

    /**
     * Its seats in order; deleted with the group (the database's foreign key also cascades). Not audited here: each
     * seat's history is its own, and the group's history page reads both.
     */
    @OneToMany(mappedBy = "group", cascade = CascadeType.REMOVE)
    @NotAudited
    @OrderBy("position")
    private List<GroupMember> members = new ArrayList<>();

    @Version
    private long version;

    public PartnerGroup(Partnership partnership, String name, GroupType type, String description) {
        this.partnership = partnership;
        this.name = name;
        this.type = type;
        this.description = description;
    }

    public void revise(String name, GroupType type, String description) {
        this.name = name;
        this.type = type;
        this.description = description;
    }

    /** Keeps the group's side of the link in step, so that deleting the group in the same session deletes the seat. */
    public void seat(GroupMember member) {
        members.add(member);
    }

    public void unseat(GroupMember member) {
        members.remove(member);
    }
}
