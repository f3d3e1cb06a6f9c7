package uk.partnershipplans.portal.history;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.envers.RevisionType;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import uk.partnershipplans.portal.history.AuditedProperty.ElementTable;
import uk.partnershipplans.portal.history.AuditedProperty.Kind;
import uk.partnershipplans.portal.history.ChangeHistory.Track;

/**
 * The recorded states of a track's records, oldest first, and the values of their fields in each: plain values as
 * they were, references as {@link Reference}s (never loaded), collections as the set of their elements then (replayed
 * from the collection's history table in one query).
 */
final class TrackHistory {

    /** A record as one revision left it. */
    record Snapshot(Object entity, AuditRevision revision, RevisionType type) {
    }

    /** A record's state in a revision, with its state in the revision before (null if none is recorded). */
    record Change(Snapshot now, Snapshot before) {
    }

    /** Another record, by class and id. */
    record Reference(Class<?> type, Object id) {
    }

    private final Track track;
    private final List<Snapshot> snapshots;
    private final Map<String, AuditedProperty> properties = new LinkedHashMap<>();
    /** For each collection: for each owner id, the changes to its elements in revision order. */
    private final Map<String, Map<Object, List<ElementChange>>> collections = new HashMap<>();
    private final EntityManager entityManager;

    private record ElementChange(long revision, Object element, boolean added) {
    }

    private TrackHistory(EntityManager entityManager, Track track, List<Snapshot> snapshots) {
        this.entityManager = entityManager;
        this.track = track;
        this.snapshots = snapshots;
    }

    static TrackHistory of(EntityManager entityManager, Track track, List<Snapshot> snapshots) {
        TrackHistory history = new TrackHistory(entityManager, track, snapshots);
        for (AuditedProperty property : AuditedProperty.of(entityManager, track.type())) {
            history.properties.put(property.name(), property);
            if (property.kind() == Kind.COLLECTION && !snapshots.isEmpty()) {
                history.collections.put(property.name(), history.replay(property));
            }
        }
        return history;
    }

    Track track() {
        return track;
    }

    /** The fields the history shows: all but the track's relation, which is the same in every state. */
    List<AuditedProperty> shown() {
        return properties.values().stream().filter(p -> !p.name().equals(track.relation())).toList();
    }

    /** Every field's value in every state, for finding the names of what they refer to. */
    List<Object> allValues() {
        List<Object> values = new ArrayList<>();
        for (Snapshot snapshot : snapshots) {
            for (String name : properties.keySet()) {
                values.add(value(name, snapshot));
            }
        }
        return values;
    }

    /** Each recorded state with the one before it of the same record, oldest first. */
    void changes(Consumer<Change> action) {
        Map<Object, Snapshot> latest = new HashMap<>();
        for (Snapshot snapshot : snapshots) {
            Object id = idOf(snapshot.entity());
            action.accept(new Change(snapshot, latest.get(id)));
            latest.put(id, snapshot);
        }
    }

    /** The value of a field in a state, comparable with {@code equals} to its value in another. */
    Object value(String name, Snapshot snapshot) {
        AuditedProperty property = properties.get(name);
        if (property == null) {
            throw new IllegalArgumentException(track.type().getSimpleName() + " has no audited field " + name);
        }
        Object value = property.read(snapshot.entity());
        return switch (property.kind()) {
            case VALUE -> value;
            case REFERENCE -> value == null ? null
                    : new Reference(property.target(), property.field().isAnnotationPresent(NamedAs.class) ? value : idOf(value));
            case COLLECTION -> elementsAt(property.name(), idOf(snapshot.entity()), snapshot.revision().getId());
        };
    }

    private Set<Object> elementsAt(String collection, Object ownerId, long revision) {
        Set<Object> elements = new LinkedHashSet<>();
        for (ElementChange change : collections.get(collection).getOrDefault(ownerId, List.of())) {
            if (change.revision() > revision) {
                break;
            }
            if (change.added()) {
                elements.add(change.element());
            } else {
                elements.remove(change.element());
            }
        }
        return elements;
    }

    /** Reads the history of a collection of every record of the track, in one query. */
    private Map<Object, List<ElementChange>> replay(AuditedProperty property) {
        ElementTable table = property.table();
        Set<Object> owners = new LinkedHashSet<>();
        snapshots.forEach(snapshot -> owners.add(idOf(snapshot.entity())));
        List<?> rows = entityManager.createNativeQuery("select " + table.keyColumn() + ", " + table.elementColumn()
                        + ", rev, revtype from " + table.auditTable() + " where " + table.keyColumn()
                        + " in (:owners) order by rev")
                .setParameter("owners", owners)
                .getResultList();
        Class<?> ownerIdType = idType(track.type());
        Map<Object, List<ElementChange>> changes = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Object owner = convert(columns[0], ownerIdType);
            Object element = table.ofEntities()
                    ? new Reference(property.target(), convert(columns[1], idType(property.target())))
                    : convert(columns[1], property.target());
            boolean added = ((Number) columns[3]).intValue() != RevisionType.DEL.getRepresentation();
            changes.computeIfAbsent(owner, key -> new ArrayList<>())
                    .add(new ElementChange(((Number) columns[2]).longValue(), element, added));
        }
        return changes;
    }

    private Object idOf(Object entity) {
        LazyInitializer proxy = HibernateProxy.extractLazyInitializer(entity);
        return proxy != null ? proxy.getInternalIdentifier()
                : entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
    }

    private Class<?> idType(Class<?> entity) {
        return entityManager.getMetamodel().entity(entity).getIdType().getJavaType();
    }

    /** A column's value as the field's type: ids and numbers as JDBC returned them, enums stored by name or ordinal. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Object raw, Class<?> type) {
        if (raw == null || type.isInstance(raw)) {
            return raw;
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return raw instanceof Number ordinal ? constants[ordinal.intValue()] : Enum.valueOf((Class<Enum>) type, raw.toString());
        }
        if (raw instanceof Number number) {
            if (type == Long.class || type == long.class) {
                return number.longValue();
            }
            if (type == Integer.class || type == int.class) {
                return number.intValue();
            }
        }
        if (raw instanceof java.sql.Date date && type == java.time.LocalDate.class) {
            return date.toLocalDate();
        }
        return raw;
    }
}
