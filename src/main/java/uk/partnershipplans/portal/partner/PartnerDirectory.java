package uk.partnershipplans.portal.partner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.history.ChangeHistory.Track;
import uk.partnershipplans.portal.partner.model.PartnerOrganisation;
import uk.partnershipplans.portal.partner.model.PartnerOrganisationRepository;
import uk.partnershipplans.portal.partner.model.Partnership;
import uk.partnershipplans.portal.partner.model.PartnershipMembershipRepository;
import uk.partnershipplans.portal.partner.model.PartnershipRepository;
import uk.partnershipplans.portal.partner.model.Person;
import uk.partnershipplans.portal.partner.model.PersonRepository;
import uk.partnershipplans.portal.shared.Reach;

/** What other modules may know of partnerships, partner organisations and groups. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class PartnerDirectory {

    private final PartnershipRepository partnerships;
    private final PartnerOrganisationRepository organisations;
    private final PersonRepository people;
    private final PartnershipMembershipRepository memberships;

    public record PartnershipSummary(Long id, String name, String description, String leadPartner, String reportsTo,
            String worksWith, String url) {
    }

    public record OrganisationSummary(Long id, String name, String kind, String parentName) {
    }

    /** A person in the directory, with the organisation they work for (null when none is recorded). */
    public record PersonSummary(Long id, String name, String jobTitle, Long organisationId, String organisationName) {
    }

    public List<PartnershipSummary> partnerships() {
        return partnerships.findAll(org.springframework.data.domain.Sort.by("name")).stream()
                .map(PartnerDirectory::summary).toList();
    }

    public Optional<PartnershipSummary> partnership(Long id) {
        return partnerships.findById(id).map(PartnerDirectory::summary);
    }

    /** The partnerships in {@code reach}, by name: what a person may choose among. */
    public List<PartnershipSummary> partnershipsIn(Reach reach) {
        return reach.filter(partnerships(), PartnershipSummary::id);
    }

    /** The partnership, if it exists and is in {@code reach}: a choice sent from a form is checked with this. */
    public Optional<PartnershipSummary> partnershipIn(Long id, Reach reach) {
        return id == null || !reach.includes(id) ? Optional.empty() : partnership(id);
    }

    public Optional<PartnershipSummary> partnershipNamed(String name) {
        return partnerships.findByName(name).map(PartnerDirectory::summary);
    }

    public Optional<Long> organisationIdNamed(String name) {
        return organisations.findByName(name).map(PartnerOrganisation::getId);
    }

    /** The organisations with these ids, by name, each with its kind and parent. */
    public List<OrganisationSummary> organisations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return organisations.findWithKindByIdIn(ids).stream()
                .map(o -> new OrganisationSummary(o.getId(), o.getName(), o.getKind().getName(),
                        o.getParent() == null ? null : o.getParent().getName()))
                .toList();
    }

    /** Every organisation by name, each with its kind and parent: the choices for "which organisation". */
    public List<OrganisationSummary> allOrganisations() {
        return organisations(organisations.findAll().stream().map(PartnerOrganisation::getId).toList());
    }

    /** The ids of the organisations that are members of the partnership now (joined, not left): those its page lists. */
    public Set<Long> currentMemberIds(Long partnershipId) {
        return memberships.findWithOrganisationByPartnershipId(partnershipId).stream()
                .filter(membership -> membership.getLeftOn() == null)
                .map(membership -> membership.getOrganisation().getId()).collect(Collectors.toSet());
    }

    public boolean organisationExists(Long id) {
        return id != null && organisations.existsById(id);
    }

    /** The people with these ids, in no particular order. */
    public List<PersonSummary> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return people.findWithOrganisationByIdIn(ids).stream().map(PartnerDirectory::summary).toList();
    }

    public Optional<PersonSummary> person(Long id) {
        return id == null ? Optional.empty() : people(List.of(id)).stream().findFirst();
    }

    /** Every person in the directory, by name. */
    public List<PersonSummary> allPeople() {
        return people.findAllWithOrganisation().stream().map(PartnerDirectory::summary).toList();
    }

    /** Adds a person working for an existing organisation; returns their id. */
    @Transactional
    public Long addPerson(String name, String jobTitle, Long organisationId) {
        return people.saveAndFlush(new Person(name, jobTitle, organisation(organisationId))).getId();
    }

    /** Records a person's job title and the existing organisation they work for now. */
    @Transactional
    public void movePerson(Long personId, String jobTitle, Long organisationId) {
        Person person = people.findById(personId)
                .orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        person.moveTo(jobTitle, organisation(organisationId));
        people.flush();
    }

    private PartnerOrganisation organisation(Long id) {
        return organisations.findById(id).orElseThrow(() -> new IllegalArgumentException("No organisation " + id));
    }

    private static PersonSummary summary(Person p) {
        PartnerOrganisation organisation = p.getOrganisation();
        return new PersonSummary(p.getId(), p.getName(), p.getJobTitle(),
                organisation == null ? null : organisation.getId(), organisation == null ? null : organisation.getName());
    }

    private static PartnershipSummary summary(Partnership p) {
        return new PartnershipSummary(p.getId(), p.getName(), p.getDescription(), p.getLeadPartner(), p.getReportsTo(),
                p.getWorksWith(), p.getUrl());
    }

    /** The history of a person's record (name, job title, organisation), to show beside the history of their account. */
    public Track personHistory(Long personId) {
        return new Track(Person.class, null, personId, "history.Person.subject", "name");
    }
}
