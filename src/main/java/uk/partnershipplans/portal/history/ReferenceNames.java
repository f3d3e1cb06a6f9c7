package uk.partnershipplans.portal.history;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.query.AuditEntity;
import uk.partnershipplans.portal.history.TrackHistory.Reference;

/**
 * The names of the records a history refers to, found in one query per kind of record: the current name, or for a
 * record since deleted the last name its history recorded (one more query). A record is named by its field
 * {@code name}, {@code displayName}, {@code username}, {@code title} or {@code label}, whichever it has first.
 */
final class ReferenceNames {

    private static final List<String> NAME_FIELDS = List.of("name", "displayName", "username", "title", "label");

    private final Map<Reference, String> names;

    private ReferenceNames(Map<Reference, String> names) {
        this.names = names;
    }

    /** The name of the record, or null if it is nowhere to be found. */
    String of(Reference reference) {
        return names.get(reference);
    }

    static ReferenceNames of(EntityManager entityManager, AuditReader reader, Collection<TrackHistory> histories) {
        Map<Class<?>, Set<Object>> wanted = new LinkedHashMap<>();
        for (TrackHistory history : histories) {
            for (Object value : history.allValues()) {
                Collection<?> values = value instanceof Collection<?> many ? many : java.util.Collections.singleton(value);
                for (Object one : values) {
                    if (one instanceof Reference reference) {
                        wanted.computeIfAbsent(reference.type(), type -> new LinkedHashSet<>()).add(reference.id());
                    }
                }
            }
        }
        Map<Reference, String> names = new HashMap<>();
        wanted.forEach((type, ids) -> names.putAll(namesOf(entityManager, reader, type, ids)));
        return new ReferenceNames(names);
    }

    private static Map<Reference, String> namesOf(EntityManager entityManager, AuditReader reader, Class<?> type,
            Set<Object> ids) {
        EntityType<?> entity = entityManager.getMetamodel().entity(type);
        String nameField = NAME_FIELDS.stream()
                .filter(field -> entity.getAttributes().stream().map(Attribute::getName).anyMatch(field::equals))
                .findFirst().orElse(null);
        Map<Reference, String> names = new HashMap<>();
        if (nameField == null) {
            ids.forEach(id -> names.put(new Reference(type, id), "#" + id));
            return names;
        }
        String idField = entity.getId(entity.getIdType().getJavaType()).getName();
        List<?> rows = entityManager.createQuery("select e." + idField + ", e." + nameField + " from " + entity.getName()
                + " e where e." + idField + " in (:ids)").setParameter("ids", ids).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            names.put(new Reference(type, columns[0]), String.valueOf(columns[1]));
        }
        Set<Object> deleted = new LinkedHashSet<>(ids);
        deleted.removeIf(id -> names.containsKey(new Reference(type, id)));
        if (!deleted.isEmpty() && reader.isEntityClassAudited(type)) {
            List<?> last = reader.createQuery().forRevisionsOfEntity(type, true, true)
                    .add(AuditEntity.id().in(deleted))
                    .add(AuditEntity.revisionNumber().maximize().computeAggregationInInstanceContext())
                    .getResultList();
            for (Object snapshot : last) {
                Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(snapshot);
                Object name = readField(snapshot, nameField);
                if (name != null) {
                    names.put(new Reference(type, id), name.toString());
                }
            }
        }
        return names;
    }

    private static Object readField(Object entity, String name) {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            try {
                var field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(entity);
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }
}
