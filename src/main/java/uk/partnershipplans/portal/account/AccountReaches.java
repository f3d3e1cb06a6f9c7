package uk.partnershipplans.portal.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import uk.partnershipplans.portal.shared.ContentVersion;
import uk.partnershipplans.portal.shared.Reach;
import uk.partnershipplans.portal.shared.Reaches;
import uk.partnershipplans.portal.shared.Role;

/**
 * The reach of an account, read from the database (one query) and kept for the rest of the request and, on PostgreSQL,
 * until the content changes ({@link ContentVersion}: accounts, their roles and partnerships included), so that a
 * change an admin makes to its partnerships holds at once, on every node.
 */
@Component
@RequiredArgsConstructor
class AccountReaches implements Reaches {

    private static final String KEPT = AccountReaches.class.getName() + ".";

    private final JdbcTemplate jdbc;
    private final ContentVersion content;
    private final Cache<Kept, Reach> kept = Caffeine.newBuilder().maximumSize(10_000).build();

    private record Row(boolean admin, Long partnershipId) {
    }

    /** Whose reach, as the content stood. */
    private record Kept(String username, long version) {
    }

    @Override
    public Reach of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Reach.NOWHERE;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = KEPT + authentication.getName();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Reach kept) {
            return kept;
        }
        OptionalLong version = content.current();
        Reach reach = version.isEmpty() ? read(authentication.getName())
                : this.kept.get(new Kept(authentication.getName(), version.getAsLong()),
                        whose -> read(whose.username()));
        if (request != null) {
            request.setAttribute(key, reach, RequestAttributes.SCOPE_REQUEST);
        }
        return reach;
    }

    private Reach read(String username) {
        List<Row> rows = jdbc.query("select exists (select 1 from account_role r where r.account_id = a.id"
                + " and r.role = ?), ap.partnership_id from account a"
                + " left join account_partnership ap on ap.account_id = a.id where a.username = ? and a.active",
                (rs, n) -> new Row(rs.getBoolean(1), rs.getObject(2, Long.class)), Role.ADMIN.name(),
                Account.normalise(username));
        if (rows.isEmpty()) {
            return Reach.NOWHERE;
        }
        List<Long> partnershipIds = rows.stream().map(Row::partnershipId).filter(Objects::nonNull).toList();
        return Account.reach(rows.get(0).admin(), partnershipIds);
    }
}
