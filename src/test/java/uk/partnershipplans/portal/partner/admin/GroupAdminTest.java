package uk.partnershipplans.portal.partner.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.partnershipplans.portal.support.Refusals.text;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.model.GroupMemberRepository;
import uk.partnershipplans.portal.partner.model.GroupType;
import uk.partnershipplans.portal.partner.model.PartnerOrganisation;
import uk.partnershipplans.portal.partner.model.PartnershipRepository;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.support.IntegrationTest;

/** The rules for groups and their seats, on PostgreSQL; each test's changes are rolled back. */
@IntegrationTest
@Transactional
class GroupAdminTest {

    private static final String DEMO = "Nottinghamshire Children's Trust";

    @Autowired
    GroupAdmin admin;

    @Autowired
    PartnershipRepository partnerships;

    @Autowired
    GroupMemberRepository members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    Long partnership;
    Long group;

    @BeforeEach
    void aGroup() {
        partnership = partnerships.findByName(DEMO).orElseThrow().getId();
        group = admin.createGroup(partnership, group("Example Board (service test)", GroupType.BOARD));
    }

    @Test
    void seatsAreListedInTheOrderAddedWithTheOrganisationsTheyRepresent() {
        List<PartnerOrganisation> organisations = admin.organisations(partnership);
        assertThat(organisations).hasSize(24);
        Long county = organisationNamed(organisations, "Nottinghamshire County Council");
        Long ashfield = organisationNamed(organisations, "Ashfield District Council");
        Long bassetlaw = organisationNamed(organisations, "Bassetlaw District Council");

        admin.addMember(partnership, group, member("Chair"));
        admin.addMember(partnership, group, member("Director of Children's Services", county));
        admin.addMember(partnership, group, member("  District council representative ", bassetlaw, ashfield));

        GroupAdmin.GroupPage page = admin.page(partnership, group);
        assertThat(page.members()).extracting(GroupAdmin.MemberRow::role)
                .containsExactly("Chair", "Director of Children's Services", "District council representative");
        assertThat(page.members().get(0).personName()).isNull();
        assertThat(page.members().get(0).organisations()).isEmpty();
        assertThat(page.members().get(2).organisations())
                .containsExactly("Ashfield District Council", "Bassetlaw District Council");
        assertThat(admin.groups(partnership)).filteredOn(row -> row.id().equals(group))
                .singleElement().extracting(GroupAdmin.GroupRow::members).isEqualTo(3L);
    }

    @Test
    void aSecondSeatWithTheSameRoleIsRefusedNamingIt() {
        admin.addMember(partnership, group, member("Chair"));

        assertThatThrownBy(() -> admin.addMember(partnership, group, member("chair ")))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.problems().get(0).field()).isEqualTo("role");
                    assertThat(text(messages, refusal)).startsWith("This group already has a seat 'Chair'");
                });
        assertThat(members.countByGroupId(group)).isEqualTo(1);
    }

    @Test
    void aSeatCannotRepresentAnOrganisationOutsideThePartnership() {
        Long outsider = jdbc.queryForObject("select max(id) from partner_organisation", Long.class) + 1000;
        assertThatThrownBy(() -> admin.addMember(partnership, group, member("Chair", outsider)))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.problems().get(0).field()).isEqualTo("organisationIds"));
    }

    @Test
    void aStaleSaveOfASeatIsRefusedAndOverwritesNothing() {
        Long chair = admin.addMember(partnership, group, member("Chair"));
        MemberForm first = admin.memberForm(partnership, group, chair);
        MemberForm second = admin.memberForm(partnership, group, chair);
        first.setJobTitle("Saved first");
        admin.updateMember(partnership, group, chair, first);
        members.flush();

        second.setJobTitle("Saved from an out-of-date form");
        assertThatThrownBy(() -> admin.updateMember(partnership, group, chair, second)).isInstanceOf(StaleEdit.class);
        assertThat(admin.memberForm(partnership, group, chair).getJobTitle()).isEqualTo("Saved first");
    }

    @Test
    void aStaleSaveOfAGroupIsRefused() {
        GroupForm first = admin.groupForm(partnership, group);
        GroupForm second = admin.groupForm(partnership, group);
        first.setDescription("Saved first");
        admin.updateGroup(partnership, group, first);

        second.setDescription("Saved from an out-of-date form");
        assertThatThrownBy(() -> admin.updateGroup(partnership, group, second)).isInstanceOf(StaleEdit.class);
        assertThat(admin.groupForm(partnership, group).getDescription()).isEqualTo("Saved first");
    }

    @Test
    void aSecondGroupWithTheSameNameIsRefused() {
        assertThatThrownBy(() -> admin.createGroup(partnership, group("example board (service test)", GroupType.HUB)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(text(messages, refusal))
                        .startsWith("This partnership already has a group called Example Board (service test)."));
    }

    @Test
    void deletingAGroupDeletesItsSeatsAndWhomTheyRepresented() {
        Long county = organisationNamed(admin.organisations(partnership), "Nottinghamshire County Council");
        admin.addMember(partnership, group, member("Chair"));
        admin.addMember(partnership, group, member("Director of Children's Services", county));

        admin.deleteGroup(partnership, group, admin.groupForm(partnership, group).getVersion());

        assertThat(jdbc.queryForObject("select count(*) from partner_group where id = ?", Long.class, group)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from group_member where group_id = ?", Long.class, group)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from group_member_organisation", Long.class)).isZero();
    }

    @Test
    void aStaleDeleteOfAGroupIsRefused() {
        long version = admin.groupForm(partnership, group).getVersion();
        GroupForm change = admin.groupForm(partnership, group);
        change.setDescription("Changed meanwhile");
        admin.updateGroup(partnership, group, change);

        assertThatThrownBy(() -> admin.deleteGroup(partnership, group, version)).isInstanceOf(StaleEdit.class);
    }

    private static Long organisationNamed(List<PartnerOrganisation> organisations, String name) {
        return organisations.stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow().getId();
    }


    private static GroupForm group(String name, GroupType type) {
        GroupForm form = new GroupForm();
        form.setName(name);
        form.setType(type);
        return form;
    }

    private static MemberForm member(String role, Long... organisations) {
        MemberForm form = new MemberForm();
        form.setRole(role);
        form.setOrganisationIds(new java.util.ArrayList<>(List.of(organisations)));
        return form;
    }
}
