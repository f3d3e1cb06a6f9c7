package uk.partnershipplans.portal.partner.admin;

import static uk.partnershipplans.portal.shared.Forms.optional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.partner.PartnerOrganisationReferences;
import uk.partnershipplans.portal.partner.model.GroupMemberRepository;
import uk.partnershipplans.portal.partner.model.PartnerKind;
import uk.partnershipplans.portal.partner.model.PartnerKindRepository;
import uk.partnershipplans.portal.partner.model.PartnerOrganisation;
import uk.partnershipplans.portal.partner.model.PartnerOrganisationRepository;
import uk.partnershipplans.portal.partner.model.Partnership;
import uk.partnershipplans.portal.partner.model.PartnershipMembership;
import uk.partnershipplans.portal.partner.model.PartnershipMembershipRepository;
import uk.partnershipplans.portal.partner.model.PartnershipRepository;
import uk.partnershipplans.portal.partner.model.PersonRepository;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.DateInput;
import uk.partnershipplans.portal.shared.Dates;
import uk.partnershipplans.portal.shared.Reaches;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Usage;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for keeping partner organisations: names unique ignoring case and spaces, no parent that is the
 * organisation itself or one of its own descendants, stale saves refused, leaving not before joining, and no deleting
 * what others still refer to.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class OrganisationAdmin implements RecordAdmin<OrganisationForm> {

    private static final DateInput LEFT_ON = new DateInput("leftOn", "admin.membership.left-on", "31 3 2014");

    private static final DateInput JOINED_ON = new DateInput("joinedOn", "admin.membership.joined-on.name", "1 4 2014");

    static final int PAGE_SIZE = 20;

    private final PartnerOrganisationRepository organisations;
    private final Reaches reaches;
    public final PartnerKindRepository kinds;
    private final PartnershipMembershipRepository memberships;
    public final PartnershipRepository partnerships;
    private final PersonRepository people;
    private final GroupMemberRepository seats;
    private final List<PartnerOrganisationReferences> references;
    private final Clock clock;

    /** Which organisations the list shows. */
    public enum Status {
        ALL, CURRENT, FORMER
    }

    /** How the list is sorted. */
    public enum SortBy {
        NAME, KIND
    }

    public record Search(String name, Long kindId, Long partnershipId, PartnerCategory category, Status status,
            SortBy sort) {

        /** The search as the list's address gives it; anything not understood is left out rather than refused. */
        public static Search of(String name, String kind, String partnership, String category, String status,
                String sort) {
            return new Search(name == null ? "" : name.strip(), parseLong(kind), parseLong(partnership),
                    parse(PartnerCategory.class, category),
                    Objects.requireNonNullElse(parse(Status.class, status), Status.ALL),
                    Objects.requireNonNullElse(parse(SortBy.class, sort), SortBy.NAME));
        }

        private static Long parseLong(String typed) {
            try {
                return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String typed) {
            try {
                return typed == null || typed.isBlank() ? null : Enum.valueOf(type, typed.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    @Transactional(readOnly = true)
    public Page<PartnerOrganisation> page(Search search, int page) {
        return search(search, PageRequest.of(page, PAGE_SIZE, sortOf(search)));
    }

    /** Every organisation the search finds, on all pages, in the list's order. */
    @Transactional(readOnly = true)
    public List<PartnerOrganisation> everyMatch(Search search) {
        return search(search, Pageable.unpaged(sortOf(search))).getContent();
    }

    private Page<PartnerOrganisation> search(Search search, Pageable pageable) {
        String typed = search.name() == null ? "" : search.name().strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<PartnerCategory> categories = search.category() == null ? Arrays.asList(PartnerCategory.values())
                : List.of(search.category());
        // A partnership out of the admin's reach matches nothing, rather than showing its members.
        long partnership = search.partnershipId() == null ? -1
                : reaches.current().includes(search.partnershipId()) ? search.partnershipId() : -2;
        return organisations.search(pattern, search.kindId() == null ? -1 : search.kindId(), partnership, categories,
                (search.status() == null ? Status.ALL : search.status()).name(), pageable);
    }

    private static Sort sortOf(Search search) {
        return search.sort() == SortBy.KIND ? Sort.by("kind.name", "name") : Sort.by("name");
    }

    @Transactional(readOnly = true)
    public List<PartnerKind> kinds() {
        return kinds.findAll(Sort.by("name"));
    }

    @Transactional(readOnly = true)
    List<PartnerOrganisation> all() {
        return organisations.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    PartnerOrganisation organisation(Long id) {
        return organisations.findWithKindById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional(readOnly = true)
    List<PartnershipMembership> memberships(Long id) {
        return reaches.current().filter(memberships.findWithPartnershipByOrganisationId(id),
                m -> m.getPartnership().getId());
    }

    @Transactional(readOnly = true)
    public OrganisationForm form(Long id) {
        return OrganisationForm.of(organisation(id));
    }

    public Long create(Long parentId, OrganisationForm form) {
        String name = form.getName().strip();
        refuseTakenName(name, null);
        PartnerOrganisation organisation = new PartnerOrganisation(name, optional(form.getShortName()),
                kind(form.getKindId()), form.getCategory(), parent(null, form.getParentId()), optional(form.getNotes()));
        return save(organisation).getId();
    }

    public void update(Long id, OrganisationForm form) {
        PartnerOrganisation organisation = find(id);
        StaleEdit.check(form.getVersion(), organisation.getVersion());
        String name = form.getName().strip();
        refuseTakenName(name, id);
        organisation.revise(name, optional(form.getShortName()), kind(form.getKindId()), form.getCategory(),
                parent(id, form.getParentId()), optional(form.getNotes()));
        save(organisation);
    }

    /**
     * Records that the organisation left the partnership on the date typed (or corrects that date): a real date, not
     * before it joined, not in the future; refused if someone else changed the membership meanwhile.
     */
    public void leave(Long organisationId, Long membershipId, LeaveForm form) {
        PartnershipMembership membership = membership(organisationId, membershipId);
        StaleEdit.check(form.getVersion(), membership.getVersion());
        List<Refusal.Problem> problems = new ArrayList<>();
        LocalDate leftOn = LEFT_ON.notAfter(LocalDate.now(clock), form.getLeftOn(), "admin.membership.left-on.blank", problems::add)
                .orElse(null);
        if (leftOn != null && membership.getJoinedOn() != null && leftOn.isBefore(membership.getJoinedOn())) {
            problems.add(new Refusal.Problem("leftOn", "admin.membership.left-on.before-joined",
                    Dates.day(membership.getJoinedOn())));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        membership.leave(leftOn);
        Writes.flushed(() -> memberships.saveAndFlush(membership), Map.of());
    }

    /** The leaving form as saved: the date already recorded, if any, and the membership's version. */
    @Transactional(readOnly = true)
    public LeaveForm leaveForm(Long organisationId, Long membershipId) {
        PartnershipMembership membership = membership(organisationId, membershipId);
        LeaveForm form = new LeaveForm();
        if (membership.getLeftOn() != null) {
            form.setLeftOn(DateField.of(membership.getLeftOn()));
        }
        form.setVersion(membership.getVersion());
        return form;
    }

    /** The partnerships in the admin's reach: those an organisation may join through them. */
    @Transactional(readOnly = true)
    public List<Partnership> partnerships() {
        return reaches.current().filter(partnerships.findAll(Sort.by("name")), Partnership::getId);
    }

    /**
     * Adds the organisation to a partnership, joining on the date typed (optional): refused while it is still a current
     * member of that partnership.
     */
    public Long addMembership(Long organisationId, MembershipForm form) {
        PartnerOrganisation organisation = find(organisationId);
        Partnership partnership = partnerships().stream().filter(p -> p.getId().equals(form.getPartnershipId()))
                .findFirst().orElseThrow(() -> Refusal.of("partnershipId", "admin.membership.partnership.required"));
        List<Refusal.Problem> problems = new ArrayList<>();
        LocalDate joinedOn = JOINED_ON.notAfter(LocalDate.now(clock), form.getJoinedOn(), null, problems::add).orElse(null);
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        boolean current = memberships.findWithPartnershipByOrganisationId(organisationId).stream()
                .anyMatch(m -> m.getPartnership().getId().equals(partnership.getId()) && m.getLeftOn() == null);
        if (current) {
            throw Refusal.of("partnershipId", "admin.membership.partnership.current", organisation.getName(), partnership.getName());
        }
        PartnershipMembership membership = new PartnershipMembership(partnership, organisation, joinedOn, null,
                optional(form.getNote()));
        return Writes.flushed(() -> memberships.saveAndFlush(membership), Map.of("uk_partnership_membership",
                new Refusal.Problem("joinedOn", "admin.membership.joined-on.taken", partnership.getName()))).getId();
    }

    @Transactional(readOnly = true)
    PartnershipMembership membership(Long organisationId, Long membershipId) {
        return memberships.findWithPartnership(organisationId, membershipId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Why the organisation cannot be deleted, if anything still refers to it. */
    @Transactional(readOnly = true)
    public Optional<Refusal> deletionRefusal(Long id) {
        PartnerOrganisation organisation = find(id);
        List<Usage> uses = new ArrayList<>();
        add(uses, "admin.usage.memberships", memberships.countByOrganisationId(id));
        references.forEach(module -> uses.addAll(module.usesOf(id)));
        add(uses, "admin.usage.child-organisations", organisations.countByParentId(id));
        add(uses, "admin.usage.people", people.countByOrganisationId(id));
        add(uses, "admin.usage.seats", seats.countRepresenting(id));
        if (uses.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(null, "admin.organisation.delete.refused", organisation.getName(), Refusal.listed(uses)));
    }

    public void delete(Long id, long version) {
        PartnerOrganisation organisation = find(id);
        Writes.delete(organisations, organisation, version, organisation.getVersion(), () -> deletionRefusal(id));
    }

    private PartnerKind kind(Long kindId) {
        return kinds.findById(kindId).orElseThrow(() -> Refusal.of("kindId", "admin.organisation.kind.required"));
    }

    /** The chosen parent, refusing the organisation itself or any organisation below it. */
    private PartnerOrganisation parent(Long id, Long parentId) {
        if (parentId == null) {
            return null;
        }
        PartnerOrganisation parent = organisations.findById(parentId)
                .orElseThrow(() -> Refusal.of("parentId", "admin.organisation.parent.unknown"));
        if (id != null) {
            Map<Long, Long> parents = new HashMap<>();
            organisations.parentLinks().forEach(link -> parents.put((Long) link[0], (Long) link[1]));
            int steps = 0;
            for (Long above = parentId; above != null && steps <= parents.size(); above = parents.get(above), steps++) {
                if (above.equals(id)) {
                    throw Refusal.of("parentId", "admin.organisation.parent.cycle");
                }
            }
        }
        return parent;
    }

    private PartnerOrganisation save(PartnerOrganisation organisation) {
        return Writes.flushed(() -> organisations.saveAndFlush(organisation),
                Map.of("uk_partner_organisation_name",
                        new Refusal.Problem("name", "admin.organisation.name.taken", organisation.getName()),
                        "ck_partner_organisation_parent", new Refusal.Problem("parentId", "admin.organisation.parent.cycle")));
    }

    /** The organisation already called this, ignoring case and surrounding spaces: names must be unique. */
    @Transactional(readOnly = true)
    public Optional<PartnerOrganisation> named(String name) {
        return organisations.findFirstByNameIgnoreCase(name.strip());
    }

    private void refuseTakenName(String name, Long id) {
        named(name)
                .filter(existing -> !existing.getId().equals(id))
                .ifPresent(existing -> {
                    throw Refusal.of("name", "admin.organisation.name.taken", existing.getName());
                });
    }

    private static void add(List<Usage> uses, String code, long count) {
        if (count > 0) {
            uses.add(new Usage(code, count));
        }
    }

    private PartnerOrganisation find(Long id) {
        return organisations.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
