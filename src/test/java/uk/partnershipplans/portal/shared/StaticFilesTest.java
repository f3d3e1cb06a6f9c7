package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.partnershipplans.portal.support.PortalHttp;
import uk.partnershipplans.portal.support.WebTest;

/**
 * The static files, from the running server: linked with their version, and kept by the browser for a year when the
 * version is in the address; pages and files sent compressed to a browser that accepts it.
 */
@WebTest
class StaticFilesTest {

    private static final String FOR_A_YEAR = "max-age=31536000, public, immutable";

    @LocalServerPort
    int port;

    @Test
    void aPageLinksItsStylesAndScriptByAddressesThatChangeWithTheirContentAndTheBrowserKeepsThemForAYear() {
        PortalHttp http = new PortalHttp(port);
        Document page = Jsoup.parse(http.get("/login").body());
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
            HttpResponse<String> response = http.get(file);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(file).hasValue(FOR_A_YEAR);
        }
    }

    @Test
    void imagesNamedWithoutADigestAreCheckedEachTimeAndPagesAreNeverKept() {
        PortalHttp http = new PortalHttp(port);
        assertThat(http.get("/assets/images/govuk-crest.svg").headers().firstValue("Cache-Control")).hasValue("no-cache");
        http.signIn("admin", "demo");
        HttpResponse<String> page = http.get("/admin");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache, no-store, max-age=0, must-revalidate");
        assertThat(Jsoup.parse(page.body()).select("main a[href]").eachAttr("href"))
                .as("links to pages are written as they are").contains("/admin/plans", "/admin/partnerships");
    }

    @Test
    void pagesAndStylesGoCompressedToABrowserThatAcceptsIt() {
        PortalHttp http = new PortalHttp(port);
        String styles = Jsoup.parse(http.get("/login").body()).selectFirst("link[href^=/css/]").attr("href");
        for (String path : List.of("/login", styles)) {
            assertThat(http.get(path, "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding")).as(path)
                    .hasValue("gzip");
            assertThat(http.get(path).headers().firstValue("Content-Encoding")).as(path).isEmpty();
        }
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
