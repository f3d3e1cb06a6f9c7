package uk.partnershipplans.portal.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Keeps partnerships apart in addresses: every id in a page's address names a record of some kind (the word before it,
 * as "priorities" in {@code /priorities/12/edit}), and a record out of the person's {@link Reach} is "not found", the
 * same answer as for a record that does not exist. Each module says which partnership its records belong to through
 * {@link RecordOwners}; an id of a kind nobody answers for is refused, so a new page cannot forget the rule.
 */
@Component
class PartnershipsApart implements HandlerInterceptor {

    /** A record's partnerships, as the content stood. */
    private record Owned(String kind, long id, long version) {
    }

    /** Where the public pages are, every address under it. */
    static final String PUBLIC_PAGES = "/public/";

    private final JdbcTemplate jdbc;
    private final Reaches reaches;
    private final ContentVersion content;
    private final Map<String, String> ownerQueries = new HashMap<>();
    private final Set<String> sharedKinds = new HashSet<>();
    private final Cache<Owned, List<Long>> owned = Caffeine.newBuilder().maximumSize(100_000).build();

    PartnershipsApart(JdbcTemplate jdbc, Reaches reaches, ContentVersion content, List<RecordOwners> owners) {
        this.jdbc = jdbc;
        this.reaches = reaches;
        this.content = content;
        owners.forEach(module -> {
            module.ownerQueries().forEach((kind, query) -> {
                if (ownerQueries.put(kind, query) != null) {
                    throw new IllegalStateException("Two modules answer for '" + kind + "'");
                }
            });
            sharedKinds.addAll(module.sharedKinds());
        });
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(handler instanceof HandlerMethod) || authentication == null || !authentication.isAuthenticated()) {
            return true;
        }
        if (isPublic(request)) {
            return true;
        }
        Map<String, Long> ids = idsByKind(request);
        if (ids.isEmpty()) {
            return true;
        }
        Reach reach = reaches.of(authentication);
        ids.forEach((kind, id) -> {
            if (!isInReach(kind, id, reach)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        });
        return true;
    }

    /**
     * The public pages ({@code /public/**}) are for everybody, signed in or not, whatever their partnership: they serve
     * only what has been published, and say "not found" of anything else themselves.
     */
    private static boolean isPublic(HttpServletRequest request) {
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null && pattern.startsWith(PUBLIC_PAGES);
    }

    private boolean isInReach(String kind, long id, Reach reach) {
        if (sharedKinds.contains(kind)) {
            return true;
        }
        String query = ownerQueries.get(kind);
        if (query == null) {
            throw new IllegalStateException("No module says which partnership '" + kind + "' records belong to");
        }
        // Kept until the content changes, as the pages are.
        OptionalLong version = content.current();
        List<Long> owners = version.isEmpty() ? jdbc.queryForList(query, Long.class, id)
                : owned.get(new Owned(kind, id, version.getAsLong()),
                        record -> jdbc.queryForList(query, Long.class, id));
        // No row: no such record, which the page itself reports as not found (as it always has).
        return owners.isEmpty() || reach.includesAny(owners.stream().filter(Objects::nonNull).toList());
    }

    /**
     * The ids in the address by kind: each path variable whose value is a number, under the word before it in the
     * address (itself possibly a variable, as in {@code /admin/{part}/{id}/edit}).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> idsByKind(HttpServletRequest request) {
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Map<String, Long> ids = new HashMap<>();
        if (variables == null || variables.isEmpty() || pattern == null) {
            return ids;
        }
        String[] segments = pattern.split("/");
        String previous = null;
        for (String segment : segments) {
            String value = segment.startsWith("{") ? variables.get(variableName(segment)) : segment;
            if (segment.startsWith("{") && value != null && value.matches("\\d{1,18}") && previous != null) {
                ids.put(previous, Long.parseLong(value));
            }
            previous = value;
        }
        return ids;
    }

    private static String variableName(String segment) {
        int end = segment.indexOf(':');
        return segment.substring(1, end < 0 ? segment.length() - 1 : end);
    }
}
