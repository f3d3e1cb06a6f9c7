package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.partnershipplans.portal.support.IntegrationTest;

/** The static files: linked with their version, kept by the browser for a year when the version is in the address. */
@IntegrationTest
class StaticFilesTest {

    private static final String FOR_A_YEAR = "max-age=31536000, public, immutable";

    @Autowired
    MockMvc mvc;

    @Test
    void aPageLinksItsStylesAndScriptByAddressesThatChangeWithTheirContentAndTheBrowserKeepsThemForAYear() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());
        List<String> styles = page.select("link[rel=stylesheet]").eachAttr("href");
        String script = page.selectFirst("script[type=module]").attr("src");

        assertThat(styles).hasSize(2);
        assertThat(styles.get(0)).isEqualTo("/webjars/govuk-frontend/" + SystemConfig.GOVUK_FRONTEND
                + "/dist/govuk/govuk-frontend.min.css");
        assertThat(styles.get(1)).matches("/css/portal-[0-9a-f]{32}\\.css");
        assertThat(script).matches("/js/portal-[0-9a-f]{32}\\.mjs");
        for (String file : List.of(styles.get(0), styles.get(1), script,
                "/webjars/govuk-frontend/" + SystemConfig.GOVUK_FRONTEND + "/dist/govuk/govuk-frontend.min.js",
                "/assets/fonts/bold-b542beb274-v2.woff2")) {
            mvc.perform(get(file)).andExpect(status().isOk()).andExpect(header().string("Cache-Control", FOR_A_YEAR));
        }
    }

    @Test
    void imagesNamedWithoutADigestAreCheckedEachTimeAndPagesAreNeverKept() throws Exception {
        mvc.perform(get("/assets/images/govuk-crest.svg"))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-cache"));
        mvc.perform(get("/plans").with(user("a").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"));
    }

    @Test
    void linksToPagesAreWrittenAsTheyAre() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/admin").with(user("a").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("main a[href]").eachAttr("href")).contains("/admin/plans", "/admin/partnerships");
    }

    /** The script's import names the version of GOV.UK Frontend on the class path, which a browser keeps for a year. */
    @Test
    void thePortalsScriptImportsTheVersionOfGovukFrontendOnTheClassPath() throws IOException {
        try (InputStream script = StaticFilesTest.class.getResourceAsStream("/static/js/portal.mjs")) {
            String source = new String(script.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(source).as("change the import in static/js/portal.mjs to GOV.UK Frontend's version")
                    .contains("from '/webjars/govuk-frontend/" + SystemConfig.GOVUK_FRONTEND
                            + "/dist/govuk/govuk-frontend.min.js'");
        }
    }
}
