package uk.partnershipplans.portal.partner.csv;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.admin.OrganisationAdmin.Search;
import uk.partnershipplans.portal.partner.admin.OrganisationAdmin;
import uk.partnershipplans.portal.partner.model.PartnerOrganisation;
import uk.partnershipplans.portal.partner.model.PartnershipMembership;
import uk.partnershipplans.portal.partner.model.PartnershipMembershipRepository;
import uk.partnershipplans.portal.shared.Reach;
import uk.partnershipplans.portal.shared.Reaches;

/** The partner organisations as a CSV file (see {@link OrganisationCsv}): the list as searched, and the empty template. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class OrganisationExport {

    private final OrganisationAdmin admin;
    private final PartnershipMembershipRepository memberships;
    private final OrganisationCsv csv;
    private final Reaches reaches;

    /**
     * Every organisation the search finds, on all pages, in the list's order, with its memberships of the partnerships
     * in the admin's reach.
     */
    byte[] export(Search search) {
        List<PartnerOrganisation> found = admin.everyMatch(search);
        Reach reach = reaches.current();
        Map<Long, List<PartnershipMembership>> byOrganisation = memberships.findAllWithPartnership().stream()
                .filter(membership -> reach.includes(membership.getPartnership().getId()))
                .collect(Collectors.groupingBy(membership -> membership.getOrganisation().getId()));
        int most = found.stream().mapToInt(o -> byOrganisation.getOrDefault(o.getId(), List.of()).size()).max().orElse(1);
        return csv.write(csv.headings(most),
                found.stream().map(o -> csv.row(o, byOrganisation.getOrDefault(o.getId(), List.of()))).toList());
    }

    /** The column headings and no rows. */
    byte[] template() {
        return csv.write(csv.headings(1), List.of());
    }
}
