package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.support.IntegrationTest;

/** What the database refuses reaches the person as a message on the form, never as an error page. */
@IntegrationTest
@Transactional
class WritesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBrokenUniqueConstraintBecomesTheProblemNamedForIt() {
        String existing = jdbc.queryForObject("select name from partnership order by id limit 1", String.class);
        Refusal.Problem taken = new Refusal.Problem("name", "admin.partnership.name.taken", existing);

        assertThatThrownBy(() -> Writes.flushed(() -> jdbc.update("insert into partnership (name) values (?)", existing),
                Map.of("uk_partnership_name", taken)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.problems()).containsExactly(taken));
    }

    @Test
    void anyOtherBrokenConstraintIsRefusedWithAGeneralMessage() {
        assertThatThrownBy(() -> Writes.flushed(() -> jdbc.update("insert into plan (partnership_id, title, start_year, end_year, status) "
                + "values (-1, 'x', 2015, 2016, 'DRAFT')"), Map.of()))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.problems()).hasSize(1);
                    assertThat(refusal.problems().get(0).field()).isNull();
                    assertThat(refusal.problems().get(0).code()).isEqualTo("admin.constraint");
                });
    }

    @Test
    void aVersionClashIsAStaleEdit() {
        assertThatThrownBy(() -> Writes.flushed(() -> {
            throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
        }, Map.of())).isInstanceOf(StaleEdit.class);
    }

    /** A lock taken straight from the EntityManager reports the clash in JPA's words, untranslated by Spring. */
    @Test
    void aVersionClashFoundByALockIsAStaleEditToo() {
        assertThatThrownBy(() -> Writes.flushed(() -> {
            throw new jakarta.persistence.OptimisticLockException("Unexpected row count");
        }, Map.of())).isInstanceOf(StaleEdit.class);
    }
}
