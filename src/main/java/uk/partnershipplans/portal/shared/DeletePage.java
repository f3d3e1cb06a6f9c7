package uk.partnershipplans.portal.shared;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What {@code templates/admin/delete.html} shows: the question "Are you sure you want to delete {thing}?" with a form
 * posting {@code version} to {@code action}; or, when {@code refusal} is set, why the thing cannot be deleted, with links
 * to the {@code blockers} (what stops it, each to be changed first; may be empty). {@code consequence} (may be null)
 * says what goes with it; {@code stale} says it changed since the page was opened.
 */
public record DeletePage(MessageSourceResolvable thing, String action, String cancel, long version,
        MessageSourceResolvable consequence, MessageSourceResolvable refusal, List<Link> blockers, boolean stale) {

    /** Something that stops a deletion, and where to change it. */
    public record Link(String text, String href) {
    }

    public static DeletePage confirm(MessageSourceResolvable thing, String action, String cancel, long version,
            MessageSourceResolvable consequence) {
        return new DeletePage(thing, action, cancel, version, consequence, null, List.of(), false);
    }

    public DeletePage refused(Refusal refusal) {
        return new DeletePage(thing, action, cancel, version, consequence, refusal.problems().get(0), blockers, false);
    }

    /** The same page, listing what stops the deletion when it is refused. */
    public DeletePage blockedBy(List<Link> links) {
        return new DeletePage(thing, action, cancel, version, consequence, refusal, List.copyOf(links), stale);
    }

    /** The same page, saying the thing changed since it was opened (build it afresh, so it has the new version). */
    public DeletePage changedMeanwhile() {
        return new DeletePage(thing, action, cancel, version, consequence, null, blockers, true);
    }

    public static MessageSourceResolvable text(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    /** The page's words, resolved for the template. */
    public record Shown(String thing, String action, String cancel, long version, String consequence, String refusal,
            List<Link> blockers, boolean stale) {
    }

    public Shown in(MessageSource messages) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        return new Shown(messages.getMessage(thing, locale), action, cancel, version,
                consequence == null ? null : messages.getMessage(consequence, locale),
                refusal == null ? null : messages.getMessage(refusal, locale), blockers, stale);
    }
}
