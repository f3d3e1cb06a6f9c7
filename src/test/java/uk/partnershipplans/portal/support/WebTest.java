package uk.partnershipplans.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The running portal on a random port against PostgreSQL, for tests that speak real HTTP (see {@link PortalHttp}):
 * forwards and error pages happen only in a real servlet container. {@link FailingEndpoint} is part of every web test
 * rather than of the one that needs it, so that all share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({TestDatabase.class, FailingEndpoint.class, DemoYearsOpen.class})
public @interface WebTest {
}
