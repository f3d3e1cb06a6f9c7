package uk.partnershipplans.portal.partner.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import uk.partnershipplans.portal.history.NamedAs;
import uk.partnershipplans.portal.shared.StoredRecord;

/** The body that owns plans, such as a county's Children's Trust. */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Partnership extends StoredRecord {

    private String name;

    private String description;

    private String leadPartner;

    private String reportsTo;

    private String worksWith;

    private String url;

    /** Who chairs the partnership's board, as the documents name them (a person, or a post). */
    private String chair;

    /** The partnership's vision, as narrative text. */
    private String vision;

    /** The partnership it sits within (a Children's Trust within a Health and Wellbeing Board's partnership), if any. */
    @NamedAs("Partnership")
    private Long parentId;

    @Version
    private long version;

    public Partnership(String name, String description, String leadPartner, String reportsTo, String worksWith, String url) {
        this.name = name;
        this.description = description;
        this.leadPartner = leadPartner;
        this.reportsTo = reportsTo;
        this.worksWith = worksWith;
        this.url = url;
    }

    /** Who chairs it, its vision and the partnership it sits within; each null when the documents do not say. */
    public void lead(String chair, String vision, Long parentId) {
        this.chair = chair;
        this.vision = vision;
        this.parentId = parentId;
    }

    public void revise(String name, String description, String leadPartner, String reportsTo, String worksWith, String url) {
        this.name = name;
        this.description = description;
        this.leadPartner = leadPartner;
        this.reportsTo = reportsTo;
        this.worksWith = worksWith;
        this.url = url;
    }
}
