package uk.partnershipplans.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The running portal on a random port against PostgreSQL, driven through a real Chromium: test methods take a
 * {@link Browser} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebTest
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
