package uk.partnershipplans.portal.partner.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.partner.model.PartnerKind;
import uk.partnershipplans.portal.partner.model.PartnerKindRepository;
import uk.partnershipplans.portal.partner.model.PartnerOrganisationRepository;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Usage;
import uk.partnershipplans.portal.shared.Writes;

/** The rules for the list of kinds of partner: names unique ignoring case, stale saves refused, no deleting a kind in use. */
@Service
@RequiredArgsConstructor
@Transactional
class KindAdmin implements RecordAdmin<KindForm> {

    private final PartnerKindRepository kinds;
    private final PartnerOrganisationRepository organisations;

    record KindRow(Long id, String name, long organisations) {
    }

    /** Every kind by name with how many organisations are of it, in two queries. */
    @Transactional(readOnly = true)
    List<KindRow> rows() {
        Map<Long, Long> counts = organisations.countsByKind().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return kinds.findAll(Sort.by("name")).stream()
                .map(kind -> new KindRow(kind.getId(), kind.getName(), counts.getOrDefault(kind.getId(), 0L)))
                .toList();
    }

    @Transactional(readOnly = true)
    PartnerKind kind(Long id) {
        return find(id);
    }

    @Transactional(readOnly = true)
    public KindForm form(Long id) {
        return KindForm.of(find(id));
    }

    public Long create(Long parentId, KindForm form) {
        String name = form.getName().strip();
        refuseTakenName(name, null);
        return save(new PartnerKind(name)).getId();
    }

    public void update(Long id, KindForm form) {
        PartnerKind kind = find(id);
        StaleEdit.check(form.getVersion(), kind.getVersion());
        String name = form.getName().strip();
        refuseTakenName(name, id);
        kind.rename(name);
        save(kind);
    }

    @Transactional(readOnly = true)
    public Optional<Refusal> deletionRefusal(Long id) {
        PartnerKind kind = find(id);
        long used = organisations.countByKindId(id);
        if (used == 0) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(null, "admin.kind.delete.refused", kind.getName(),
                new Usage("admin.usage.organisations", used)));
    }

    public void delete(Long id, long version) {
        PartnerKind kind = find(id);
        Writes.delete(kinds, kind, version, kind.getVersion(), () -> deletionRefusal(id));
    }

    private PartnerKind save(PartnerKind kind) {
        return Writes.flushed(() -> kinds.saveAndFlush(kind),
                Map.of("uk_partner_kind_name", new Refusal.Problem("name", "admin.kind.name.taken", kind.getName())));
    }

    private void refuseTakenName(String name, Long id) {
        kinds.findFirstByNameIgnoreCase(name)
                .filter(existing -> !existing.getId().equals(id))
                .ifPresent(existing -> {
                    throw Refusal.of("name", "admin.kind.name.taken", existing.getName());
                });
    }

    private PartnerKind find(Long id) {
        return kinds.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
