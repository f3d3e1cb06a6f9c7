package uk.partnershipplans.portal.history;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.history.TrackHistory.Change;
import uk.partnershipplans.portal.history.TrackHistory.Snapshot;
import uk.partnershipplans.portal.shared.Dates;
import uk.partnershipplans.portal.shared.SavedBy;

/**
 * Reads the recorded history of a record (Hibernate Envers, see {@link AuditRevision}) and says it in words: newest
 * first, who changed it and when, and for a change each field that changed with its value before and after. A
 * record's history can take in the records that belong to it (an organisation's memberships, a group's seats), each
 * read as a {@link Track}. Any entity marked {@code @Audited} can be read; see {@code templates/admin/history.html} for
 * the page.
 *
 * <p>Labels come from the messages {@code history.<EntityClass>.<field>} (otherwise the field's name in words), enum
 * values from {@code history.<EnumClass>.<VALUE>} (otherwise the value in words); other records are named by their
 * current name (the last one recorded, once deleted), dates written as "31 March 2014".
 *
 * <p>A record's whole history is read in a fixed number of queries, however long it is: one per track, one per
 * collection of a track's entity, one or two per kind of record referred to. It is then paged here: a record changes
 * tens or hundreds of times, not millions.
 */
@Service
@RequiredArgsConstructor
public class ChangeHistory {

    public static final int PAGE_SIZE = 20;

    /** The portal serves partnerships in the United Kingdom: times are shown as the clocks there read. */
    private final EntityManager entityManager;
    private final MessageSource messages;

    /**
     * What to read: the record of {@code type} with {@code id} itself ({@link #of}), or the records of {@code type}
     * whose {@code relation} refers to {@code id} ({@link #related}), each called in the history by the message
     * {@code subjectCode} with the value of its field {@code subjectProperty} as argument, such as "Seat “Chair”".
     */
    public record Track(Class<?> type, String relation, Object id, String subjectCode, String subjectProperty) {

        public static Track of(Class<?> type, Object id) {
            return new Track(type, null, id, null, null);
        }

        public static Track related(Class<?> type, String relation, Object id, String subjectCode,
                String subjectProperty) {
            return new Track(type, Objects.requireNonNull(relation), id, Objects.requireNonNull(subjectCode),
                    Objects.requireNonNull(subjectProperty));
        }
    }

    /** One record's change in one revision: when (in words, and as an instant), who made it, and what changed. */
    public record Entry(Instant at, String when, String who, List<Row> rows) {
    }

    /** One thing that changed, with its value before and after (each as lines, possibly none). */
    public record Row(String what, List<String> before, List<String> after) {
    }

    /** A page (numbered from 0; the last one if beyond it) of the changes to the tracks' records, newest first. */
    @Transactional(readOnly = true)
    public Page<Entry> read(List<Track> tracks, int page) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<TrackHistory> histories = tracks.stream().map(track -> load(reader, track)).toList();
        HistoryWords words = new HistoryWords(messages, LocaleContextHolder.getLocale(),
                ReferenceNames.of(entityManager, reader, histories));

        record Numbered(long revision, Entry entry) {
        }
        List<Numbered> changes = new ArrayList<>();
        for (TrackHistory history : histories) {
            history.changes(change -> {
                Entry entry = describe(history, change, words);
                if (!entry.rows().isEmpty()) {
                    changes.add(new Numbered(change.now().revision().getId(), entry));
                }
            });
        }
        // A stable sort: within a revision the record comes before what belongs to it, as the tracks are listed.
        changes.sort(Comparator.comparingLong(Numbered::revision).reversed());

        int shown = Math.min(Math.max(page, 0), Math.max(0, (changes.size() - 1) / PAGE_SIZE));
        int from = shown * PAGE_SIZE;
        List<Entry> entries = changes.subList(from, Math.min(from + PAGE_SIZE, changes.size())).stream()
                .map(Numbered::entry).toList();
        return new PageImpl<>(entries, PageRequest.of(shown, PAGE_SIZE), changes.size());
    }

    /**
     * Who saved the audited record of {@code type} with {@code id} last, and when: its latest revision. Empty when no
     * revision of it is recorded.
     */
    @Transactional(readOnly = true)
    public Optional<SavedBy> lastSaved(Class<?> type, Object id) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<?> revisions = reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return revisions.stream().findFirst()
                .map(row -> (AuditRevision) ((Object[]) row)[1])
                .map(revision -> new SavedBy(revision.getUsername(), revision.getChangedAt()));
    }

    private TrackHistory load(AuditReader reader, Track track) {
        List<?> rows = reader.createQuery().forRevisionsOfEntity(track.type(), false, true)
                .add(track.relation() == null ? AuditEntity.id().eq(track.id())
                        : AuditEntity.relatedId(track.relation()).eq(track.id()))
                .addOrder(AuditEntity.revisionNumber().asc())
                .addOrder(AuditEntity.id().asc())
                .getResultList();
        List<Snapshot> snapshots = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            snapshots.add(new Snapshot(columns[0], (AuditRevision) columns[1], (RevisionType) columns[2]));
        }
        return TrackHistory.of(entityManager, track, snapshots);
    }

    private static Entry describe(TrackHistory history, Change change, HistoryWords words) {
        Track track = history.track();
        Snapshot now = change.now();
        Snapshot before = change.before();
        String subject = track.subjectCode() == null ? null
                : words.text(track.subjectCode(), words.joined(history.value(track.subjectProperty(), now)));
        List<Row> rows = new ArrayList<>();
        switch (now.type()) {
            case ADD -> rows.add(new Row(words.kind(now.revision().isHistoryBegan() ? "began" : "created", subject),
                    List.of(), summary(history, now, words)));
            // A deleted record's last recorded state is the one before its deletion.
            case DEL -> rows.add(new Row(words.kind("deleted", subject),
                    summary(history, before == null ? now : before, words), List.of()));
            case MOD -> {
                if (before == null) {
                    rows.add(new Row(words.kind("changed", subject), List.of(words.text("history.not-recorded")),
                            summary(history, now, words)));
                } else {
                    for (AuditedProperty property : history.shown()) {
                        Object was = history.value(property.name(), before);
                        Object is = history.value(property.name(), now);
                        if (!Objects.equals(was, is)) {
                            String label = words.label(track.type(), property.name());
                            rows.add(new Row(subject == null ? label : words.text("history.part.field", subject, label),
                                    words.shown(was), words.shown(is)));
                        }
                    }
                }
            }
        }
        AuditRevision revision = now.revision();
        return new Entry(revision.getChangedAt(), words.when(revision.getChangedAt()), revision.getUsername(), rows);
    }

    /** "Label: value" for each field that has a value. */
    private static List<String> summary(TrackHistory history, Snapshot snapshot, HistoryWords words) {
        List<String> lines = new ArrayList<>();
        for (AuditedProperty property : history.shown()) {
            Object value = history.value(property.name(), snapshot);
            if (value != null && !(value instanceof Collection<?> many && many.isEmpty())) {
                lines.add(words.text("history.summary-line", words.label(history.track().type(), property.name()),
                        words.joined(value)));
            }
        }
        return lines;
    }
}
