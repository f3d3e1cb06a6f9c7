package uk.partnershipplans.portal.refresh.publication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PublicYearRepository extends JpaRepository<PublicYear, Long> {

    @Query("select y from PublicYear y order by y.partnershipName, y.planTitle, y.startDate desc, y.yearLabel")
    List<PublicYear> inOrder();

    /** Forgets the year's pages and files (the database deletes them with it). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from PublicYear y where y.planYearId = ?1")
    void forget(Long planYearId);
}
