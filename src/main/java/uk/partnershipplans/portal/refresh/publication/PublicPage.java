package uk.partnershipplans.portal.refresh.publication;

import jakarta.persistence.Entity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import uk.partnershipplans.portal.shared.StoredRecord;

/**
 * One public page of a published year, its content rendered at publication: {@code address} is its place under the
 * year's public address ("" for the plan, "actions", "indicators", "equality", "priorities/12").
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class PublicPage extends StoredRecord {

    private Long planYearId;
    private String address;
    private int position;
    private String title;
    private String content;

    PublicPage(Long planYearId, String address, int position, String title, String content) {
        this.planYearId = planYearId;
        this.address = address;
        this.position = position;
        this.title = title;
        this.content = content;
    }
}
