package uk.partnershipplans.portal.partner.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.partnershipplans.portal.support.Refusals.text;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.model.Partnership;
import uk.partnershipplans.portal.partner.model.PartnershipRepository;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.support.IntegrationTest;

/** The partnership rules on PostgreSQL; each test's changes are rolled back. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN") // the services read the reach of the admin signed in
@Transactional
class PartnershipAdminTest {

    private static final String DEMO = "Nottinghamshire Children's Trust";

    @Autowired
    PartnershipAdmin admin;

    @Autowired
    PartnershipRepository partnerships;

    @Autowired
    MessageSource messages;

    @Test
    void aPartnershipIsAddedAndChanged() {
        Long id = admin.create(null, form("Example Partnership (fictional)", null));
        PartnershipForm form = admin.form(id);
        form.setLeadPartner("  Example Council (fictional)  ");
        form.setUrl("");
        admin.update(id, form);

        Partnership saved = partnerships.findById(id).orElseThrow();
        assertThat(saved.getLeadPartner()).isEqualTo("Example Council (fictional)");
        assertThat(saved.getUrl()).isNull();
    }

    @Test
    void aSecondPartnershipWithTheSameNameIsRefusedNamingTheFirst() {
        assertThatThrownBy(() -> admin.create(null, form("nottinghamshire children's trust", null)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.problems().get(0).field()).isEqualTo("name");
                    assertThat(text(messages, refusal)).isEqualTo("There is already a partnership called " + DEMO
                            + ". Use a different name, or change that partnership instead");
                });
    }

    @Test
    void aStaleSaveIsRefusedAndOverwritesNothing() {
        Long id = admin.create(null, form("Example Partnership (fictional)", null));
        PartnershipForm first = admin.form(id);
        PartnershipForm second = admin.form(id);
        first.setDescription("Saved first");
        admin.update(id, first);
        partnerships.flush();

        second.setDescription("Saved from an out-of-date form");
        assertThatThrownBy(() -> admin.update(id, second)).isInstanceOf(StaleEdit.class);
        assertThat(admin.form(id).getDescription()).isEqualTo("Saved first");
    }

    @Test
    void aPartnershipThatOthersUseIsNotDeletedAndTheRefusalSaysWhatUsesIt() {
        Long id = partnerships.findByName(DEMO).orElseThrow().getId();
        long version = admin.partnership(id).getVersion();

        assertThatThrownBy(() -> admin.delete(id, version)).isInstanceOfSatisfying(Refusal.class, refusal ->
                assertThat(text(messages, refusal)).startsWith("You cannot delete " + DEMO + " because it has 2 plans, 1 external framework, ")
                        .contains(" indicators, ", " groups and ", " partner organisations. Remove them first."));
        assertThat(partnerships.findById(id)).isPresent();
    }

    @Test
    void anUnusedPartnershipIsDeleted() {
        Long id = admin.create(null, form("Example Partnership (fictional)", null));
        assertThat(admin.deletionRefusal(id)).isEmpty();

        admin.delete(id, admin.partnership(id).getVersion());

        assertThat(partnerships.findById(id)).isEmpty();
    }


    private static PartnershipForm form(String name, Long version) {
        PartnershipForm form = new PartnershipForm();
        form.setName(name);
        form.setVersion(version);
        return form;
    }
}
