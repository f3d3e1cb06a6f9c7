package uk.partnershipplans.portal.partner.admin;

import static uk.partnershipplans.portal.shared.Forms.optional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.partner.PartnershipReferences;
import uk.partnershipplans.portal.partner.model.PartnerGroupRepository;
import uk.partnershipplans.portal.partner.model.Partnership;
import uk.partnershipplans.portal.partner.model.PartnershipMembership;
import uk.partnershipplans.portal.partner.model.PartnershipMembershipRepository;
import uk.partnershipplans.portal.partner.model.PartnershipRepository;
import uk.partnershipplans.portal.shared.Reaches;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Usage;
import uk.partnershipplans.portal.shared.Writes;

/** The rules for keeping partnerships: names unique, stale saves refused, no deleting what others still use. */
@Service
@RequiredArgsConstructor
@Transactional
public class PartnershipAdmin implements RecordAdmin<PartnershipForm> {

    static final int PAGE_SIZE = 20;

    private final PartnershipRepository partnerships;
    private final PartnerGroupRepository groups;
    private final PartnershipMembershipRepository memberships;
    private final List<PartnershipReferences> references;
    private final Reaches reaches;

    record PartnershipRow(Long id, String name, String leadPartner) {
    }

    /** The partnerships in the admin's reach, by name. */
    @Transactional(readOnly = true)
    Page<PartnershipRow> page(int page) {
        PageRequest request = PageRequest.of(page, PAGE_SIZE, Sort.by("name"));
        return reaches.current().listed(null).map(ids -> partnerships.findByIdIn(ids, request))
                .orElseGet(() -> partnerships.findAll(request))
                .map(p -> new PartnershipRow(p.getId(), p.getName(), p.getLeadPartner()));
    }

    @Transactional(readOnly = true)
    public Partnership partnership(Long id) {
        return find(id);
    }

    /** The partnership it sits within, if any. */
    @Transactional(readOnly = true)
    public Optional<Partnership> parentOf(Long id) {
        return Optional.ofNullable(find(id).getParentId()).flatMap(partnerships::findById);
    }

    /** The partnership's member organisations, past and present, by name. */
    @Transactional(readOnly = true)
    public List<PartnershipMembership> members(Long id) {
        return memberships.findWithOrganisationByPartnershipId(id);
    }

    @Transactional(readOnly = true)
    public PartnershipForm form(Long id) {
        return PartnershipForm.of(find(id));
    }

    /**
     * The partnerships a partnership may sit within: those in the admin's reach but itself (for a new one, {@code id}
     * null) and those within it, which would make a circle.
     */
    @Transactional(readOnly = true)
    List<Partnership> parentChoices(Long id) {
        List<Partnership> all = partnerships.findAll(Sort.by("name"));
        Map<Long, Long> parents = new HashMap<>();
        all.forEach(p -> parents.put(p.getId(), p.getParentId()));
        return reaches.current().filter(all, Partnership::getId).stream()
                .filter(p -> id == null || !sitsWithin(p.getId(), id, parents)).toList();
    }

    /** The parent chosen, if it is one of the choices or the one it had; refused otherwise. */
    private Long checkParent(Long id, Long had, Long chosen) {
        if (chosen == null || chosen.equals(had)
                || parentChoices(id).stream().anyMatch(p -> p.getId().equals(chosen))) {
            return chosen;
        }
        throw Refusal.of("parentId", "admin.partnership.parent.invalid");
    }

    /** Whether {@code candidate} is {@code id} or sits, directly or not, within it. */
    private static boolean sitsWithin(Long candidate, Long id, Map<Long, Long> parents) {
        Set<Long> seen = new HashSet<>();
        for (Long at = candidate; at != null && seen.add(at); at = parents.get(at)) {
            if (at.equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the admin may add and delete partnerships: only an admin of the whole installation may. */
    boolean mayAddAndDelete() {
        return reaches.current().everywhere();
    }

    public Long create(Long parentId, PartnershipForm form) {
        refuseUnlessInstallationAdmin();
        String name = form.getName().strip();
        refuseTakenName(name, null);
        Partnership partnership = new Partnership(name, optional(form.getDescription()), optional(form.getLeadPartner()),
                optional(form.getReportsTo()), optional(form.getWorksWith()), optional(form.getUrl()));
        partnership.lead(optional(form.getChair()), optional(form.getVision()), checkParent(null, null, form.getParentId()));
        return save(partnership).getId();
    }

    public void update(Long id, PartnershipForm form) {
        Partnership partnership = find(id);
        StaleEdit.check(form.getVersion(), partnership.getVersion());
        String name = form.getName().strip();
        refuseTakenName(name, id);
        partnership.revise(name, optional(form.getDescription()), optional(form.getLeadPartner()),
                optional(form.getReportsTo()), optional(form.getWorksWith()), optional(form.getUrl()));
        partnership.lead(optional(form.getChair()), optional(form.getVision()),
                checkParent(id, partnership.getParentId(), form.getParentId()));
        save(partnership);
    }

    /** Why the partnership cannot be deleted, if anything still refers to it. */
    @Transactional(readOnly = true)
    public Optional<Refusal> deletionRefusal(Long id) {
        Partnership partnership = find(id);
        List<Usage> uses = new ArrayList<>();
        references.forEach(module -> uses.addAll(module.usesOf(id)));
        add(uses, "admin.usage.groups", groups.countByPartnershipId(id));
        add(uses, "admin.usage.partnerships-within", partnerships.countByParentId(id));
        add(uses, "admin.usage.members", memberships.countByPartnershipId(id));
        if (uses.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(null, "admin.partnership.delete.refused", partnership.getName(), Refusal.listed(uses)));
    }

    public void delete(Long id, long version) {
        refuseUnlessInstallationAdmin();
        Partnership partnership = find(id);
        Writes.delete(partnerships, partnership, version, partnership.getVersion(), () -> deletionRefusal(id));
    }

    private Partnership save(Partnership partnership) {
        return Writes.flushed(() -> partnerships.saveAndFlush(partnership),
                Map.of("uk_partnership_name", new Refusal.Problem("name", "admin.partnership.name.taken", partnership.getName())));
    }

    private void refuseTakenName(String name, Long id) {
        partnerships.findFirstByNameIgnoreCase(name)
                .filter(existing -> !existing.getId().equals(id))
                .ifPresent(existing -> {
                    throw Refusal.of("name", "admin.partnership.name.taken", existing.getName());
                });
    }

    private void refuseUnlessInstallationAdmin() {
        if (!mayAddAndDelete()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static void add(List<Usage> uses, String code, long count) {
        if (count > 0) {
            uses.add(new Usage(code, count));
        }
    }

    private Partnership find(Long id) {
        return partnerships.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
