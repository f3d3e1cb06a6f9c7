package uk.partnershipplans.portal.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A board, executive, commissioning group, hub, locality management group or reference group. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class PartnerGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Partnership partnership;

    private String name;

    @Enumerated(EnumType.STRING)
    private GroupType type;

    private String description;

    @Version
    private long version;

    PartnerGroup(Partnership partnership, String name, GroupType type, String description) {
        this.partnership = partnership;
        this.name = name;
        this.type = type;
        this.description = description;
    }
}
