package uk.partnershipplans.portal.plan;

/**
 * What the edit tests share. They change the demo data other tests read, so they run on a database of their own
 * ({@code TestDatabase.OWN_DATABASE}); their Spring contexts stay open for the whole run, so they hold few connections:
 * the PostgreSQL server is shared by every build on the machine.
 */
final class EditTests {

    static final String SMALL_POOL = "spring.datasource.hikari.maximum-pool-size=3";

    private EditTests() {
    }
}
