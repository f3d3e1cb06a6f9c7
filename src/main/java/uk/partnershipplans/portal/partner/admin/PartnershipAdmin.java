package uk.partnershipplans.portal.partner.admin;

import static uk.partnershipplans.portal.shared.Forms.optional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import uk.partnershipplans.portal.partner.model.PartnershipMembershipRepository;
import uk.partnershipplans.portal.partner.model.PartnershipRepository;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Usage;
import uk.partnershipplans.portal.shared.Writes;

/** The rules for keeping partnerships: names unique, stale saves refused, no deleting what others still use. */
@Service
@RequiredArgsConstructor
@Transactional
class PartnershipAdmin implements RecordAdmin<PartnershipForm> {

    static final int PAGE_SIZE = 20;

    private final PartnershipRepository partnerships;
    private final PartnerGroupRepository groups;
    private final PartnershipMembershipRepository memberships;
    private final List<PartnershipReferences> references;

    record PartnershipRow(Long id, String name, String leadPartner) {
    }

    @Transactional(readOnly = true)
    Page<PartnershipRow> page(int page) {
        return partnerships.findAll(PageRequest.of(page, PAGE_SIZE, Sort.by("name")))
                .map(p -> new PartnershipRow(p.getId(), p.getName(), p.getLeadPartner()));
    }

    @Transactional(readOnly = true)
    Partnership partnership(Long id) {
        return find(id);
    }

    @Transactional(readOnly = true)
    public PartnershipForm form(Long id) {
        return PartnershipForm.of(find(id));
    }

    public Long create(PartnershipForm form) {
        String name = form.getName().strip();
        refuseTakenName(name, null);
        Partnership partnership = new Partnership(name, optional(form.getDescription()), optional(form.getLeadPartner()),
                optional(form.getReportsTo()), optional(form.getWorksWith()), optional(form.getUrl()));
        return save(partnership).getId();
    }

    public void update(Long id, PartnershipForm form) {
        Partnership partnership = find(id);
        StaleEdit.check(form.getVersion(), partnership.getVersion());
        String name = form.getName().strip();
        refuseTakenName(name, id);
        partnership.revise(name, optional(form.getDescription()), optional(form.getLeadPartner()),
                optional(form.getReportsTo()), optional(form.getWorksWith()), optional(form.getUrl()));
        save(partnership);
    }

    /** Why the partnership cannot be deleted, if anything still refers to it. */
    @Transactional(readOnly = true)
    public Optional<Refusal> deletionRefusal(Long id) {
        Partnership partnership = find(id);
        List<Usage> uses = new ArrayList<>();
        references.forEach(module -> uses.addAll(module.usesOf(id)));
        add(uses, "admin.usage.groups", groups.countByPartnershipId(id));
        add(uses, "admin.usage.members", memberships.countByPartnershipId(id));
        if (uses.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(null, "admin.partnership.delete.refused", partnership.getName(), Refusal.listed(uses)));
    }

    public void delete(Long id, long version) {
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

    private static void add(List<Usage> uses, String code, long count) {
        if (count > 0) {
            uses.add(new Usage(code, count));
        }
    }

    private Partnership find(Long id) {
        return partnerships.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
