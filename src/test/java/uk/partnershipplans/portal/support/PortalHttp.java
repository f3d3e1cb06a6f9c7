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
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with its own cookies, following no redirects, for checking status codes and headers. A request
 * that gets no answer throws {@link UncheckedIOException}, after the timeout if one is given.
 */
public final class PortalHttp {

    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    private final String baseUrl;
    private final Duration timeout;

    public PortalHttp(int port) {
        this(port, null);
    }

    /** A client that gives up on a request unanswered after {@code timeout}. */
    public PortalHttp(int port, Duration timeout) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (timeout != null) {
            builder.connectTimeout(timeout);
        }
        this.client = builder.build();
        this.baseUrl = "http://localhost:" + port;
        this.timeout = timeout;
    }

    /** The cookies this client holds, as a {@code Cookie} header sends them ({@code name=value; name=value}). */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).header("Accept", "text/html").GET());
    }

    /** A GET with more request headers, given as name, value, name, value... */
    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path).header("Accept", "text/html").headers(headers).GET());
    }

    /** A GET with more request headers, its body as sent (not decompressed). */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request = request(path).header("Accept", "text/html");
        return send((headers.length == 0 ? request : request.headers(headers)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form; {@code _csrf} is sent only if given in {@code fields}. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return postEncoded(path, fields.entrySet());
    }

    /**
     * Sends a form read from the page at {@code pagePath} ({@link Page#form}) as a browser would: to its action (or
     * back to the page), URL-encoded or as {@code multipart/form-data} as the form says.
     */
    public HttpResponse<String> submit(String pagePath, Page.Form form) {
        String path = form.action().isEmpty() ? pagePath : form.action();
        return form.multipart() ? postMultipart(path, form.fields()) : postEncoded(path, form.fields());
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

    private HttpResponse<String> postEncoded(String path, Collection<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> postMultipart(String path, Collection<Map.Entry<String, String>> fields) {
        String boundary = "----PortalHttp" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            body.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(field.getKey().replace("\"", "%22")).append("\"\r\n\r\n")
                    .append(field.getValue()).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return send(request(path)
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (timeout != null) {
            request.timeout(timeout);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.build(), body);
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
