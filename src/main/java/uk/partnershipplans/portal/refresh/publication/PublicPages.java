package uk.partnershipplans.portal.refresh.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.PlanStatus;
import uk.partnershipplans.portal.plan.PlanYearStages;

/**
 * What the public pages read: the years published (or superseded) now that have pages, and each page as it was made.
 * A year the public may not read (a draft, one out to consultation, one approved but not yet published, one whose
 * publication was withdrawn) is not there at all. A fixed number of queries for every page, however large the year.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class PublicPages {

    /** A page in a year's contents: its place under the year's address and its title. */
    record Entry(String address, String title) {
    }

    /** A year the public may read, as it was published, with its standing now. */
    record Year(Long id, String partnershipName, String planTitle, String planPeriod, String label, PlanStatus standing) {

        public boolean superseded() {
            return standing == PlanStatus.SUPERSEDED;
        }
    }

    /** A plan's published years, latest first. */
    record PlanYears(String title, String period, List<Year> years) {
    }

    /** A partnership's plans with published years. */
    record Partnership(String name, List<PlanYears> plans) {
    }

    /** A year's page: its year, the year's contents, its title and its content as made at publication. */
    record Shown(Year year, List<Entry> contents, String title, String content) {
    }

    private final PublicYearRepository years;
    private final PublicPageRepository pages;
    private final PublicFileRepository files;
    private final PlanYearStages stages;

    /** The published years by partnership and plan: two queries. */
    List<Partnership> published() {
        List<PublicYear> all = years.inOrder();
        Map<Long, PlanStatus> standing = stages.readableByThePublic(all.stream().map(PublicYear::getPlanYearId).toList());
        Map<String, Map<String, List<PublicYear>>> byPartnership = all.stream()
                .filter(year -> standing.containsKey(year.getPlanYearId()))
                .collect(Collectors.groupingBy(year -> year.getPartnershipName() == null ? "" : year.getPartnershipName(),
                        LinkedHashMap::new, Collectors.groupingBy(PublicYear::getPlanTitle, LinkedHashMap::new,
                                Collectors.toList())));
        return byPartnership.entrySet().stream().map(partnership -> new Partnership(partnership.getKey(),
                partnership.getValue().values().stream().map(plan -> new PlanYears(plan.get(0).getPlanTitle(),
                        plan.get(0).getPlanPeriod(), plan.stream()
                        .map(year -> year(year, standing.get(year.getPlanYearId()))).toList())).toList())).toList();
    }

    /** The year, if the public may read it: two queries. */
    Optional<Year> year(Long yearId) {
        PlanStatus standing = stages.readableByThePublic(Set.of(yearId)).get(yearId);
        return standing == null ? Optional.empty() : years.findById(yearId).map(year -> year(year, standing));
    }

    /** The year's page at {@code address}, if the public may read the year and the page was made: four queries. */
    Optional<Shown> page(Long yearId, String address) {
        return year(yearId).flatMap(year -> pages.findByPlanYearIdAndAddress(yearId, address)
                .map(page -> new Shown(year, pages.contentsOf(yearId), page.getTitle(), page.getContent())));
    }

    /** The year's contents, for a page made on request (its committee reports). */
    List<Entry> contents(Long yearId) {
        return pages.contentsOf(yearId);
    }

    /** The published plan as a file, if the public may read the year. */
    Optional<PublicFile> file(Long yearId, PublicFile.Kind kind) {
        return year(yearId).flatMap(year -> files.findById(new PublicFile.Key(yearId, kind)));
    }

    private static Year year(PublicYear year, PlanStatus standing) {
        return new Year(year.getPlanYearId(), year.getPartnershipName(), year.getPlanTitle(), year.getPlanPeriod(),
                year.getYearLabel(), standing);
    }
}
