package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;

/** Admins change the default tolerance: wrong values are explained on the form, a stale save is refused. */
@IntegrationTest
class StatusSettingsAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private BigDecimal tolerance;

    @BeforeEach
    void rememberTheDefault() {
        tolerance = jdbc.queryForObject("select default_tolerance_percent from status_setting", BigDecimal.class);
    }

    /** The default is put back after each test: the other tests on this database read it. */
    @AfterEach
    void putBackTheDefault() {
        jdbc.update("update status_setting set default_tolerance_percent = ?, version = version + 1", tolerance);
    }

    @Test
    void wrongValuesComeBackWithTheirMessageAndWhatWasTyped() throws Exception {
        long version = version();
        String[][] cases = {
                {"", "Enter the default tolerance, for example 5"},
                {"five", "Default tolerance must be a number, like 5 or 2.5"},
                {"100.5", "Default tolerance must be from 0 to 100"},
                {"-1", "Default tolerance must be from 0 to 100"},
                {"2.555", "Default tolerance must have no more than 2 decimal places, like 2.5"}};
        for (String[] wrong : cases) {
            mvc.perform(post("/admin/status-settings").with(user("a").roles("ADMIN")).with(csrf())
                            .param("defaultTolerancePercent", wrong[0]).param("version", String.valueOf(version)))
                    .andExpect(status().isOk())
                    .andExpect(Page.expect(page -> {
                        assertThat(page.errorSummaryLinks()).containsExactly("#defaultTolerancePercent " + wrong[1]);
                        assertThat(page.input("defaultTolerancePercent").val()).isEqualTo(wrong[0]);
                    }));
        }
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void aNewDefaultIsSavedAndTheHelpPageGivesIt() throws Exception {
        mvc.perform(post("/admin/status-settings").with(user("a").roles("ADMIN")).with(csrf())
                        .param("defaultTolerancePercent", "7.5").param("version", String.valueOf(version())))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/status-settings"))
                .andExpect(flash().attribute("changeSaved", true));

        assertThat(jdbc.queryForObject("select default_tolerance_percent from status_setting", BigDecimal.class))
                .isEqualByComparingTo("7.5");
        mvc.perform(get("/help/status").with(user("b").roles("BOARD")))
                .andExpect(content().string(containsString("which is now 7.5% and which admins set")));
        mvc.perform(get("/admin/status-settings").with(user("a").roles("ADMIN")))
                .andExpect(Page.expect(page -> assertThat(page.input("defaultTolerancePercent").val()).isEqualTo("7.5")));
    }

    @Test
    void aSaveFromAFormOpenedBeforeSomeoneElsesIsRefusedKeepingWhatWasTypedBesideTheirs() throws Exception {
        long opened = version();
        jdbc.update("update status_setting set default_tolerance_percent = 10, version = version + 1");

        mvc.perform(post("/admin/status-settings").with(user("a").roles("ADMIN")).with(csrf())
                        .param("defaultTolerancePercent", "3").param("version", String.valueOf(opened)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Someone else saved this while you were editing it"),
                        containsString("value=\"3\""), containsString("Saved by someone else:</strong>"),
                        containsString("It is not recorded who saved it or when"))));
        assertThat(jdbc.queryForObject("select default_tolerance_percent from status_setting", BigDecimal.class))
                .isEqualByComparingTo("10");
    }

    private long version() {
        return jdbc.queryForObject("select version from status_setting", Long.class);
    }
}
