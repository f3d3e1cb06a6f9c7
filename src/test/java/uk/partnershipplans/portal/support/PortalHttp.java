package uk.partnershipplans.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/** A plain HTTP client with its own cookies, following no redirects, for checking status codes and headers. */
public final class PortalHttp {

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String baseUrl;

    public PortalHttp(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").GET());
    }

    /** Posts a form; {@code _csrf} is sent only if given in {@code fields}. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, List.copyOf(fields.entrySet()));
    }

    /**
     * Posts fields as a browser sends a form, in order and with repeated names for ticked boxes (see
     * {@link #formFields}).
     */
    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** What a browser would send from the page's form posting to {@code action}, as its fields hold them now. */
    public static List<Map.Entry<String, String>> formFields(String html, String action) {
        Element form = Page.of(html).element("form[action=\"" + action + "\"]");
        if (!(form instanceof FormElement fields)) {
            throw new IllegalStateException("No form posting to " + action);
        }
        return fields.formData().stream().map(field -> Map.entry(field.key(), field.value())).toList();
    }

    /** Sends the sign-in form as a browser would, with the token from the sign-in page. */
    public HttpResponse<String> signIn(String username, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        fields.put("_csrf", csrfTokenFrom(get("/login").body()));
        return post("/login", fields);
    }

    public static String csrfTokenFrom(String html) {
        Page page = Page.of(html);
        if (!page.has("input[name=_csrf]")) {
            throw new IllegalStateException("No form token on the page");
        }
        return page.csrfToken();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
