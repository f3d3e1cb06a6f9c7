package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.reporting.update.UpdateFixture;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.PortalHttp;
import uk.partnershipplans.portal.support.WebTest;

/**
 * A kept page as the running server sends it (shared.KeptContent, KeptView): its forms carry the form token of the
 * reader's own session, and it goes compressed, as the same page a browser that does not accept gzip reads.
 */
@WebTest
class KeptResponsesTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void removeTheRound() {
        context.getBean(JdbcTemplate.class).update("delete from reporting_round");
    }

    @Test
    void aFormKeptFromOneSessionIsSentWithTheTokenOfTheNext() {
        String path = "/updates/" + new UpdateFixture(context).freshRound().actionUpdateId();
        PortalHttp first = signedIn("officer");
        PortalHttp second = signedIn("officer");
        Page firstPage = Page.of(first.get(path).body());
        Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        Page secondPage;
        try {
            secondPage = Page.of(second.get(path).body());
            assertThat(statistics.getPrepareStatementCount()).as("the second session reads the page as kept").isZero();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        assertThat(secondPage.text("main")).isEqualTo(firstPage.text("main"));
        Page.Form form = secondPage.form("form[enctype]");
        assertThat(form.fields()).anySatisfy(field -> assertThat(field.getKey()).isEqualTo("_csrf"));

        HttpResponse<String> saved = second.submit(path, form);

        assertThat(saved.statusCode()).as("saved with the second session's own token").isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(at -> assertThat(at).endsWith(path));
        assertThat(first.submit(path, firstPage.form("form[enctype]")).statusCode())
                .as("the first session's form is refused now as stale, not as forged").isEqualTo(200);
    }

    @Test
    void aKeptPageGoesCompressedAndReadsAsThePageSentPlain() throws IOException {
        PortalHttp board = signedIn("board");
        String path = "/plan-years/" + DemoData.year2013(context.getBean(JdbcTemplate.class)) + "/dashboard";
        String plain = board.get(path, "Accept-Encoding", "identity").body();

        HttpResponse<byte[]> compressed = board.getBytes(path, "Accept-Encoding", "gzip, deflate");

        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.headers().allValues("Vary").toString()).containsIgnoringCase("Accept-Encoding");
        String unzipped;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(compressed.body().length).isLessThan(unzipped.length() / 4);
        assertThat(withoutTokens(unzipped)).isEqualTo(withoutTokens(plain));
        assertThat(Page.of(unzipped).text("main")).contains(Page.of(plain).h1());
    }

    private PortalHttp signedIn(String username) {
        PortalHttp http = new PortalHttp(port);
        assertThat(http.signIn(username, "demo").statusCode()).isEqualTo(302);
        return http;
    }

    /** The page without its form tokens, which are masked afresh for each response. */
    private static String withoutTokens(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }
}
