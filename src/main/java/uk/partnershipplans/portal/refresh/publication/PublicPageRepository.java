package uk.partnershipplans.portal.refresh.publication;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicPageRepository extends JpaRepository<PublicPage, Long> {

    Optional<PublicPage> findByPlanYearIdAndAddress(Long planYearId, String address);

    /** The year's pages for its contents list: their addresses and titles, without their content. */
    @Query("select new uk.partnershipplans.portal.refresh.publication.PublicPages$Entry(p.address, p.title)"
            + " from PublicPage p where p.planYearId = ?1 order by p.position")
    List<PublicPages.Entry> contentsOf(Long planYearId);
}
