package uk.partnershipplans.portal.partner.read;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.partner.model.GroupMemberRepository;
import uk.partnershipplans.portal.partner.model.GroupType;
import uk.partnershipplans.portal.partner.model.PartnerGroup;
import uk.partnershipplans.portal.partner.model.PartnerGroupRepository;
import uk.partnershipplans.portal.partner.model.PartnerOrganisation;
import uk.partnershipplans.portal.partner.model.Partnership;
import uk.partnershipplans.portal.partner.model.PartnershipMembershipRepository;
import uk.partnershipplans.portal.partner.model.PartnershipRepository;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * What the partnership's own people read of it: who chairs it, its vision, the partnership it sits within, its member
 * organisations, and its groups with their seats. A fixed number of queries for each page.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class PartnershipPages {

    private final PartnershipRepository partnerships;
    private final PartnershipMembershipRepository memberships;
    private final PartnerGroupRepository groups;
    private final GroupMemberRepository members;

    record PartnershipPage(Partnership partnership, Narrative description, Narrative vision, Partnership parent,
            List<String> members, List<GroupRow> groups) {
    }

    record GroupRow(Long id, String name, GroupType type, long seats) {
    }

    record GroupPage(Long partnershipId, String partnershipName, String name, GroupType type, Narrative description,
            List<Seat> seats) {
    }

    /** A seat: {@code heldBy} null when nobody is named in it (then {@code vacant} says whether it is empty). */
    record Seat(String role, String heldBy, String jobTitle, boolean vacant, List<String> organisations) {
    }

    PartnershipPage partnership(Long id) {
        Partnership partnership = partnerships.findById(id).orElseThrow(PartnershipPages::notFound);
        Partnership parent = partnership.getParentId() == null ? null
                : partnerships.findById(partnership.getParentId()).orElse(null);
        List<String> current = memberships.findWithOrganisationByPartnershipId(id).stream()
                .filter(m -> m.getLeftOn() == null).map(m -> m.getOrganisation().getName()).distinct().toList();
        List<GroupRow> rows = groups.rowsOf(id).stream()
                .map(row -> new GroupRow((Long) row[0], (String) row[1], (GroupType) row[2], (Long) row[3])).toList();
        return new PartnershipPage(partnership, Narrative.parse(partnership.getDescription()),
                Narrative.parse(partnership.getVision()), parent, current, rows);
    }

    GroupPage group(Long partnershipId, Long groupId) {
        PartnerGroup group = groups.findById(groupId).filter(g -> g.getPartnership().getId().equals(partnershipId))
                .orElseThrow(PartnershipPages::notFound);
        List<Seat> seats = members.findWithOrganisationsByGroupId(groupId).stream()
                .map(m -> new Seat(m.getRole(), m.getPersonName(), m.getJobTitle(), m.isVacant(),
                        m.getOrganisations().stream().map(PartnerOrganisation::getName).sorted().toList()))
                .toList();
        return new GroupPage(partnershipId, group.getPartnership().getName(), group.getName(), group.getType(),
                Narrative.parse(group.getDescription()), seats);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
