package uk.partnershipplans.portal.partner.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.partnershipplans.portal.support.Refusals.text;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.partner.admin.OrganisationAdmin.Search;
import uk.partnershipplans.portal.partner.admin.OrganisationAdmin.SortBy;
import uk.partnershipplans.portal.partner.admin.OrganisationAdmin.Status;
import uk.partnershipplans.portal.partner.model.PartnerKindRepository;
import uk.partnershipplans.portal.partner.model.PartnerOrganisation;
import uk.partnershipplans.portal.partner.model.PartnerOrganisationRepository;
import uk.partnershipplans.portal.partner.model.PartnershipMembership;
import uk.partnershipplans.portal.partner.model.PartnershipMembershipRepository;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.support.IntegrationTest;

/** The rules for partner organisations, on PostgreSQL with the demo data; each test's changes are rolled back. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN") // the services read the reach of the admin signed in
@Transactional
class OrganisationAdminTest {

    @Autowired
    OrganisationAdmin admin;

    @Autowired
    PartnerOrganisationRepository organisations;

    @Autowired
    PartnerKindRepository kinds;

    @Autowired
    PartnershipMembershipRepository memberships;

    @Autowired
    MessageSource messages;

    @Test
    void searchFiltersAndSortsInOnePage() {
        Page<PartnerOrganisation> councils = admin.page(new Search("  COUNCIL ", null, null, null, Status.ALL, SortBy.NAME), 0);
        assertThat(councils.getContent()).extracting(PartnerOrganisation::getName)
                .contains("Ashfield District Council", "Nottinghamshire County Council")
                .allMatch(name -> name.toLowerCase(Locale.ROOT).contains("council"))
                .isSorted();

        Long district = kinds.findByName("District or borough council").orElseThrow().getId();
        Page<PartnerOrganisation> districts = admin.page(new Search("council", district, null, null, Status.ALL, SortBy.KIND), 0);
        assertThat(districts.getTotalElements()).isEqualTo(7);
        assertThat(districts.getContent()).allMatch(o -> o.getKind().getId().equals(district));

        Page<PartnerOrganisation> others = admin.page(
                new Search("", null, null, PartnerCategory.OTHER_PARTNER, Status.ALL, SortBy.NAME), 0);
        assertThat(others.getContent()).extracting(PartnerOrganisation::getShortName).containsExactly("NAVO");

        Page<PartnerOrganisation> wildcards = admin.page(new Search("%", null, null, null, Status.ALL, SortBy.NAME), 0);
        assertThat(wildcards.getTotalElements()).isZero();
    }

    @Test
    void anOrganisationWhoseMembershipsHaveAllEndedIsAFormerPartner() {
        PartnerOrganisation jobcentre = organisations.findByName("Jobcentre Plus").orElseThrow();
        assertThat(names(Status.FORMER)).doesNotContain("Jobcentre Plus");
        PartnershipMembership membership = memberships.findWithPartnershipByOrganisationId(jobcentre.getId()).get(0);

        admin.leave(jobcentre.getId(), membership.getId(), leftOn(membership.getId(), "31", "3", "2014"));

        assertThat(names(Status.FORMER)).containsExactly("Jobcentre Plus");
        assertThat(names(Status.CURRENT)).doesNotContain("Jobcentre Plus").contains("Ashfield District Council");
    }

    @Test
    void aLeavingDateSavedAgainstAnOlderVersionIsRefused() {
        PartnerOrganisation jobcentre = organisations.findByName("Jobcentre Plus").orElseThrow();
        Long membership = memberships.findWithPartnershipByOrganisationId(jobcentre.getId()).get(0).getId();
        LeaveForm mine = leftOn(membership, "31", "3", "2014");
        admin.leave(jobcentre.getId(), membership, leftOn(membership, "30", "6", "2014"));

        assertThatThrownBy(() -> admin.leave(jobcentre.getId(), membership, mine)).isInstanceOf(StaleEdit.class);
        assertThat(memberships.findById(membership).orElseThrow().getLeftOn()).isEqualTo(LocalDate.of(2014, 6, 30));
        assertThat(admin.leaveForm(jobcentre.getId(), membership).getLeftOn().getMonth()).isEqualTo("6");
    }

    @Test
    void aLeavingDateMustBeRealAndNotBeforeJoining() {
        PartnerOrganisation jobcentre = organisations.findByName("Jobcentre Plus").orElseThrow();
        Long membership = memberships.findWithPartnershipByOrganisationId(jobcentre.getId()).get(0).getId();
        assertThatThrownBy(() -> admin.leave(jobcentre.getId(), membership, leftOn(membership, "31", "13", "2014")))
                .isInstanceOf(Refusal.class).hasMessage("date.not-real");

        PartnershipMembership joined = memberships.saveAndFlush(new PartnershipMembership(
                memberships.findById(membership).orElseThrow().getPartnership(), jobcentre, LocalDate.of(2015, 4, 1),
                null, null));
        assertThatThrownBy(() -> admin.leave(jobcentre.getId(), joined.getId(), leftOn(joined.getId(), "31", "3", "2015")))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(text(messages, (Refusal) e)).isEqualTo(
                        "Date it left must be on or after the date it joined, 1 April 2015"));
    }

    @Test
    void anOrganisationJoinsAPartnershipAgainOnlyAfterLeavingIt() {
        PartnerOrganisation jobcentre = organisations.findByName("Jobcentre Plus").orElseThrow();
        PartnershipMembership first = memberships.findWithPartnershipByOrganisationId(jobcentre.getId()).get(0);
        MembershipForm again = new MembershipForm();
        again.setPartnershipId(first.getPartnership().getId());
        again.setJoinedOn(DateField.of("1", "4", "2016"));
        assertThatThrownBy(() -> admin.addMembership(jobcentre.getId(), again)).isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(text(messages, (Refusal) e)).isEqualTo(
                        "Jobcentre Plus is already a current member of Nottinghamshire Children's Trust. Mark that membership as left first"));

        admin.leave(jobcentre.getId(), first.getId(), leftOn(first.getId(), "31", "3", "2014"));
        again.setJoinedOn(DateField.of("1", "13", "2016"));
        assertThatThrownBy(() -> admin.addMembership(jobcentre.getId(), again)).isInstanceOf(Refusal.class)
                .hasMessage("date.not-real");
        again.setJoinedOn(DateField.of("1", "4", "2016"));
        Long rejoined = admin.addMembership(jobcentre.getId(), again);

        assertThat(memberships.findById(rejoined).orElseThrow().getJoinedOn()).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(names(Status.CURRENT)).contains("Jobcentre Plus");
        assertThatThrownBy(() -> admin.leave(jobcentre.getId(), rejoined, leftOn(rejoined, "31", "3", "2016")))
                .isInstanceOf(Refusal.class).hasMessage("admin.membership.left-on.before-joined");
    }

    @Test
    void aNameAlreadyTakenIgnoringCaseAndSpacesIsRefusedNamingTheExistingRecord() {
        OrganisationForm form = form("  ashfield DISTRICT council ");
        assertThatThrownBy(() -> admin.create(null, form)).isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(text(messages, (Refusal) e))
                        .isEqualTo("There is already a partner organisation called 'Ashfield District Council'"));
    }

    @Test
    void anOrganisationCannotBePartOfItselfOrOfItsOwnDescendant() {
        Long nhs = organisations.findByName("NHS England").orElseThrow().getId();
        Long areaTeam = organisations.findByName("Derbyshire and Nottinghamshire Area Team").orElseThrow().getId();
        Long child = admin.create(null, withParent(form("Example unit (service test)"), areaTeam));

        OrganisationForm ownChild = withParent(admin.form(nhs), child);
        assertThatThrownBy(() -> admin.update(nhs, ownChild)).isInstanceOf(Refusal.class)
                .hasMessage("admin.organisation.parent.cycle");
        OrganisationForm itself = withParent(admin.form(nhs), nhs);
        assertThatThrownBy(() -> admin.update(nhs, itself)).isInstanceOf(Refusal.class)
                .hasMessage("admin.organisation.parent.cycle");
    }

    @Test
    void aStaleSaveIsRefused() {
        Long id = admin.create(null, form("Example council (service test)"));
        OrganisationForm first = admin.form(id);
        OrganisationForm second = admin.form(id);
        first.setNotes("First change");
        admin.update(id, first);
        second.setNotes("Second change");
        assertThatThrownBy(() -> admin.update(id, second)).isInstanceOf(StaleEdit.class);
        assertThat(admin.form(id).getNotes()).isEqualTo("First change");
    }

    @Test
    void deletingIsRefusedWhileAnythingRefersToTheOrganisationAndAllowedOtherwise() {
        Long ashfield = organisations.findByName("Ashfield District Council").orElseThrow().getId();
        Refusal refusal = admin.deletionRefusal(ashfield).orElseThrow();
        assertThat(text(messages, refusal)).startsWith("Ashfield District Council cannot be deleted because 1 partnership membership")
                .contains("plans");
        long version = organisations.findById(ashfield).orElseThrow().getVersion();
        assertThatThrownBy(() -> admin.delete(ashfield, version)).isInstanceOf(Refusal.class);

        Long nhs = organisations.findByName("NHS England").orElseThrow().getId();
        assertThat(text(messages, admin.deletionRefusal(nhs).orElseThrow())).contains("2 organisations that are part of it");

        Long unused = admin.create(null, form("Example council (service test)"));
        assertThat(admin.deletionRefusal(unused)).isEmpty();
        admin.delete(unused, 0);
        assertThat(organisations.findById(unused)).isEmpty();
    }

    private java.util.List<String> names(Status status) {
        return admin.page(new Search("", null, null, null, status, SortBy.NAME), 0).getContent().stream()
                .map(PartnerOrganisation::getName).toList();
    }

    private OrganisationForm form(String name) {
        OrganisationForm form = new OrganisationForm();
        form.setName(name);
        form.setKindId(kinds.findByName("District or borough council").orElseThrow().getId());
        form.setCategory(PartnerCategory.RELEVANT_PARTNER);
        return form;
    }

    private static OrganisationForm withParent(OrganisationForm form, Long parentId) {
        form.setParentId(parentId);
        return form;
    }

    private LeaveForm leftOn(Long membershipId, String day, String month, String year) {
        LeaveForm form = new LeaveForm();
        form.setLeftOn(DateField.of(day, month, year));
        form.setVersion(memberships.findById(membershipId).orElseThrow().getVersion());
        return form;
    }

}
