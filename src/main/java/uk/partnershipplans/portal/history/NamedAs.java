package uk.partnershipplans.portal.history;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an audited field (or collection) that holds the ids of records of another module, named by their entity's name
 * ("Partnership"): the history names those records, as it names the records a relation refers to, rather than showing
 * their ids. By name rather than by class, so that a module need not depend on the other's entities.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NamedAs {

    /** The entity's name: its simple class name unless it says otherwise. */
    String value();
}
