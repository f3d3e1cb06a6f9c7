package uk.partnershipplans.portal.plan.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.SavedVersion;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.TestDatabase;

/** The rules for editing a priority, on PostgreSQL. Each test works on a priority no other test of the class changes. */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it changes demo data other tests read
class PriorityEditServiceTest {

    @Autowired
    PriorityEditService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void savesTheNumberTitleLeadSectionsInTheirNewOrderAndLinks() {
        Long id = priorityId("2013-14", "3.4");
        PriorityForm form = service.form(id);
        List<String> headings = form.getSections().stream().map(PriorityForm.Section::getHeading).toList();
        Long firstSectionId = form.getSections().get(0).getId();
        PriorityForm.Section first = form.getSections().remove(0);
        form.getSections().add(first);
        form.getSections().get(0).setBody(form.getSections().get(0).getBody() + "\r\n\r\n- a new bullet\r\n- and another");
        form.getSections().remove(1);
        form.getSections().add(new PriorityForm.Section(null, "What children and families tell us", "They told us."));
        form.setTitle("  Implement the Child and Family Poverty Strategy for Nottinghamshire, revised  ");
        form.setLeadResponsibility("- Children's Trust Board\n- Early Help Executive");
        form.getLinks().add(new PriorityForm.Link("Child poverty needs assessment", "https://www.nottinghamshire.gov.uk/childpoverty"));
        form.getLinks().add(new PriorityForm.Link("", ""));

        service.save(id, form);

        PriorityForm saved = service.form(id);
        assertThat(saved.getTitle()).isEqualTo("Implement the Child and Family Poverty Strategy for Nottinghamshire, revised");
        assertThat(saved.getLeadResponsibility()).isEqualTo("- Children's Trust Board\n- Early Help Executive");
        assertThat(saved.getSections()).extracting(PriorityForm.Section::getHeading).containsExactly(
                headings.get(1), headings.get(3), headings.get(4), headings.get(0), "What children and families tell us");
        assertThat(saved.getSections().get(0).getBody()).endsWith("\n\n- a new bullet\n- and another").doesNotContain("\r");
        assertThat(saved.getSections().get(3).getId()).as("a moved section keeps its identity").isEqualTo(firstSectionId);
        assertThat(jdbc.queryForList("select position from priority_section where priority_id = ? order by position",
                Integer.class, id)).containsExactly(1, 2, 3, 4, 5);
        assertThat(saved.getLinks()).extracting(PriorityForm.Link::getTitle)
                .containsExactly("Child and Family Poverty Strategy and Needs Assessment", "Child poverty needs assessment");
        assertThat(saved.getVersion()).isGreaterThan(form.getVersion());
    }

    @Test
    void aNumberAlreadyUsedInTheYearIsRefusedWithAMessageAndNothingIsSaved() {
        Long id = priorityId("2013-14", "3.6");
        PriorityForm form = service.form(id);
        form.setNumber("3.2");
        form.setTitle("A title that must not be saved");

        Refusal refusal = refused(() -> service.save(id, form));

        assertThat(message(refusal, "number")).isEqualTo("Priority 3.2 already exists in 2013-14: choose a different number");
        assertThat(service.form(id).getTitle()).isEqualTo("Raise achievement at age 16-19 and promote employment for young adults aged 18-24");
        assertThat(service.form(id).getNumber()).isEqualTo("3.6");
    }

    @Test
    void theSameNumberInAnotherYearIsAllowed() {
        Long id = priorityId("2014-16", "3.5");
        PriorityForm form = service.form(id);
        form.setNumber("3.7");

        service.save(id, form);
        PriorityForm back = service.form(id);
        back.setNumber("3.5");
        service.save(id, back);
        assertThat(service.form(id).getNumber()).isEqualTo("3.5");
    }

    @Test
    @WithMockUser(username = "board")
    void aSaveFromAFormOpenedBeforeSomeoneElseSavedIsRefusedAndOverwritesNothing() {
        Long id = priorityId("2013-14", "3.7");
        PriorityForm mine = service.form(id);
        PriorityForm theirs = service.form(id);
        theirs.getSections().get(0).setBody("Their corrected text.");
        Instant before = Instant.now().minusSeconds(1);
        service.save(id, theirs);

        mine.setTitle("My new title");
        assertThatThrownBy(() -> service.save(id, mine)).as("a change to a section alone moves the version on")
                .isInstanceOf(StaleEdit.class);

        PriorityForm saved = service.form(id);
        assertThat(saved.getTitle()).isEqualTo("Improve children and young people's emotional wellbeing");
        assertThat(saved.getSections().get(0).getBody()).isEqualTo("Their corrected text.");
        SavedVersion version = service.saved(id);
        assertThat(version.by()).as("who saved the version kept, and when").hasValueSatisfying(by -> {
            assertThat(by.username()).isEqualTo("board");
            assertThat(by.at()).isAfter(before);
        });
        assertThat(((PriorityForm) version.values()).getVersion()).isEqualTo(saved.getVersion());
    }

    @Test
    void aFormWithoutAVersionIsTreatedAsStale() {
        Long id = priorityId("2013-14", "3.7");
        PriorityForm form = service.form(id);
        form.setVersion(null);

        assertThatThrownBy(() -> service.save(id, form)).isInstanceOf(StaleEdit.class);
    }

    @Test
    void everySectionNeedsAHeadingAndTextAndTheMessagesSayWhichSection() {
        Long id = priorityId("2013-14", "3.3");
        PriorityForm form = service.form(id);
        form.getSections().get(1).setHeading("  ");
        form.getSections().get(2).setBody("");
        form.getSections().get(3).setHeading("x".repeat(301));

        Refusal refusal = refused(() -> service.save(id, form));

        assertThat(message(refusal, "sections[1].heading")).isEqualTo("Enter a heading for section 2");
        assertThat(message(refusal, "sections[2].body")).isEqualTo("Enter the text of section 3");
        assertThat(message(refusal, "sections[3].heading")).isEqualTo("The heading of section 4 must be 300 characters or fewer");
        assertThat(service.form(id).getSections().get(1).getHeading()).isNotBlank();
    }

    @Test
    void aLinkNeedsATitleAndItsAddressMustBeAFullHttpOrHttpsAddress() {
        Long id = priorityId("2013-14", "3.3");
        PriorityForm form = service.form(id);
        form.getLinks().add(new PriorityForm.Link("", "https://www.example.org/strategy"));
        form.getLinks().add(new PriorityForm.Link("A strategy", "javascript:alert(1)"));
        form.getLinks().add(new PriorityForm.Link("Another", "www.nottinghamshire.gov.uk"));
        form.getLinks().add(new PriorityForm.Link("No address is fine", ""));

        Refusal refusal = refused(() -> service.save(id, form));

        assertThat(message(refusal, "links[1].title")).isEqualTo("Enter a title for link 2");
        assertThat(message(refusal, "links[2].url")).isEqualTo("Enter the web address of link 3 in full, starting with https:// or http://");
        assertThat(message(refusal, "links[3].url")).isEqualTo("Enter the web address of link 4 in full, starting with https:// or http://");
        assertThat(refusal.problems()).hasSize(3);
    }

    @Test
    void theDatabaseRefusesALinkThatIsNotAWebAddress() {
        Long id = priorityId("2013-14", "3.3");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.update(
                "insert into priority_link (priority_id, position, title, url) values (?, 99, 'x', 'javascript:alert(1)')", id)))
                .hasMessageContaining("ck_priority_link_url");
    }

    @Test
    void narrativeIsKeptAsTypedTextWithoutInterpretingMarkup() {
        Long id = priorityId("2013-14", "3.2");
        PriorityForm form = service.form(id);
        form.getSections().get(0).setBody("<script>alert('x')</script>\n\n<b>bold</b> & more");

        service.save(id, form);

        assertThat(service.form(id).getSections().get(0).getBody()).isEqualTo("<script>alert('x')</script>\n\n<b>bold</b> & more");
    }

    @Test
    void anUnknownPriorityIsNotFound() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> service.form(-1L)))
                .isInstanceOf(org.springframework.web.server.ResponseStatusException.class)
                .hasMessageContaining("404");
    }

    private Long priorityId(String year, String number) {
        return jdbc.queryForObject("select p.id from priority p join plan_year y on y.id = p.plan_year_id "
                + "where y.label = ? and p.number = ?", Long.class, year, number);
    }

    static Refusal refused(Runnable save) {
        Refusal refusal = catchThrowableOfType(Refusal.class, save::run);
        assertThat(refusal).as("refused").isNotNull();
        return refusal;
    }

    /** The message of the refusal's problem with {@code field} (null: the whole form). */
    static String message(MessageSource messages, Refusal refusal, String field) {
        Refusal.Problem problem = refusal.problems().stream().filter(p -> java.util.Objects.equals(p.field(), field))
                .findFirst().orElseThrow(() -> new AssertionError("no problem with " + field + " in " + refusal.problems()));
        return messages.getMessage(problem, Locale.UK);
    }

    private String message(Refusal refusal, String field) {
        return message(messages, refusal, field);
    }
}
