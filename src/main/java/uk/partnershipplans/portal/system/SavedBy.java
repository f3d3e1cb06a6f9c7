package uk.partnershipplans.portal.system;

import java.time.Instant;

/** Who last saved a record (a username, or {@link AuditRevision#SYSTEM}) and when, for saying so beside a refused save. */
public record SavedBy(String username, Instant at) {

    /** The day in words, United Kingdom time: "31 March 2014". */
    public String day() {
        return HistoryWords.day(at);
    }

    /** The time of day, United Kingdom time: "2:05pm". */
    public String clock() {
        return HistoryWords.clock(at);
    }

    /** The username of the person signed in, or {@link AuditRevision#SYSTEM} when nobody is (start-up, demo data). */
    static String signedIn() {
        return AuditRevisionListener.username();
    }
}
