package uk.partnershipplans.portal.partner.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.partnershipplans.portal.support.Refusals.text;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.model.PartnerKindRepository;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.support.IntegrationTest;

/** The rules for the list of kinds of partner, on PostgreSQL with the demo data; changes are rolled back. */
@IntegrationTest
@Transactional
class KindAdminTest {

    @Autowired
    KindAdmin admin;

    @Autowired
    PartnerKindRepository kinds;

    @Autowired
    MessageSource messages;

    @Test
    void theListCountsTheOrganisationsOfEachKind() {
        assertThat(admin.rows()).hasSize(11)
                .anySatisfy(row -> {
                    assertThat(row.name()).isEqualTo("District or borough council");
                    assertThat(row.organisations()).isEqualTo(7);
                });
    }

    @Test
    void aNameAlreadyTakenIgnoringCaseIsRefusedOnAddingAndRenaming() {
        KindForm form = form(" POLICE ");
        assertThatThrownBy(() -> admin.create(null, form)).isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(text(messages, (Refusal) e)).isEqualTo("There is already a kind of partner called 'Police'"));
        Long probation = kinds.findByName("Probation").orElseThrow().getId();
        KindForm rename = admin.form(probation);
        rename.setName("police");
        assertThatThrownBy(() -> admin.update(probation, rename)).isInstanceOf(Refusal.class);

        rename.setName("Probation service");
        admin.update(probation, rename);
        assertThat(admin.kind(probation).getName()).isEqualTo("Probation service");
        assertThatThrownBy(() -> admin.update(probation, rename)).isInstanceOf(StaleEdit.class);
    }

    @Test
    void aKindInUseCannotBeDeletedAnUnusedOneCan() {
        Long police = kinds.findByName("Police").orElseThrow().getId();
        assertThat(text(messages, admin.deletionRefusal(police).orElseThrow()))
                .isEqualTo("Police cannot be deleted because it is the kind of 1 partner organisation. Change their kind first.");
        assertThatThrownBy(() -> admin.delete(police, 0)).isInstanceOf(Refusal.class);

        Long unused = admin.create(null, form("Example kind (service test)"));
        assertThat(admin.deletionRefusal(unused)).isEmpty();
        admin.delete(unused, 0);
        assertThat(kinds.findById(unused)).isEmpty();
    }

    private static KindForm form(String name) {
        KindForm form = new KindForm();
        form.setName(name);
        return form;
    }

}
