package uk.partnershipplans.portal.shared;

import java.time.Clock;
import java.time.OffsetDateTime;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which parts of the demo data have been loaded. Each part is loaded once and never looked for again: what it loaded is
 * the admins' to rename or delete, and the portal still starts cleanly after they have. A loader records its part in
 * the transaction that loads it, so that a load that fails is tried again at the next start.
 */
@Component
@RequiredArgsConstructor
public class DemoDataLoads {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public boolean isLoaded(String part) {
        Integer loads = jdbc.queryForObject("select count(*) from demo_data_load where part = ?", Integer.class, part);
        return loads != null && loads > 0;
    }

    public void recordLoaded(String part) {
        jdbc.update("insert into demo_data_load (part, loaded_at) values (?, ?)", part, OffsetDateTime.now(clock));
    }
}
