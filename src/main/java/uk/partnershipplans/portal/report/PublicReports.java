package uk.partnershipplans.portal.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The committee reports of a plan year that the public may read: those issued and shown on the public pages by an
 * admin, each as it was issued.
 */
public interface PublicReports {

    record Listed(Long id, String title, String meeting, LocalDate meetingDate) {
    }

    /** The paper and its appendix are the HTML kept when it was issued, made by the portal's own template. */
    record Issued(Long id, String title, String meeting, LocalDate meetingDate, String paper, String appendix) {
    }

    /** The year's reports shown on the public pages, the latest meeting first, in one query. */
    List<Listed> ofYear(Long yearId);

    /** The report, if it is one of the year's and shown on the public pages; else empty. */
    Optional<Issued> issued(Long yearId, Long reportId);
}
