package uk.partnershipplans.portal.plan;

/**
 * Implemented by a module that keeps records about actions (reporting rounds keep officers' updates of them), so that
 * an action is not deleted from under them: the plan module asks each implementation before deleting, without
 * depending on it.
 */
public interface ActionReferences {

    /** How many records this module keeps about the action; zero when none. */
    long recordsOf(Long actionId);
}
