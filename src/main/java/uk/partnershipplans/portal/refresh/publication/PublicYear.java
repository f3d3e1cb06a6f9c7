package uk.partnershipplans.portal.refresh.publication;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A plan year as it was published: what the list of published years names it by, and who published it when (kept for
 * the record, never shown to the public). Its pages and files are kept beside it.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class PublicYear {

    @Id
    private Long planYearId;

    private String partnershipName;
    private String planTitle;
    private String planPeriod;
    private String yearLabel;
    private LocalDate startDate;
    private Instant publishedAt;
    private String publishedBy;

    PublicYear(Long planYearId, String partnershipName, String planTitle, String planPeriod, String yearLabel,
            LocalDate startDate, Instant publishedAt, String publishedBy) {
        this.planYearId = planYearId;
        this.partnershipName = partnershipName;
        this.planTitle = planTitle;
        this.planPeriod = planPeriod;
        this.yearLabel = yearLabel;
        this.startDate = startDate;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }
}
