package uk.partnershipplans.portal.history;

import jakarta.persistence.EntityManager;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.persister.collection.AbstractCollectionPersister;

/**
 * A field of an audited entity that its history shows: a value, a reference to another record, or a collection kept in
 * a table of its own (whose history is in that table's {@code _aud} copy). {@code target} is the class referred to, or
 * of a collection's elements; {@code table} says where a collection's history is.
 */
record AuditedProperty(String name, Field field, Kind kind, Class<?> target, ElementTable table) {

    enum Kind {
        VALUE, REFERENCE, COLLECTION
    }

    /** Where Envers keeps a collection's history: the owner's key column and the element's column. */
    record ElementTable(String auditTable, String keyColumn, String elementColumn, boolean ofEntities) {
    }

    /**
     * The audited fields of {@code type}, in their order (those it takes from audited mapped superclasses first), less
     * its id and version, fields marked {@code @NotAudited}, and collections mapped by the other side (their changes
     * are the other side's history).
     */
    static List<AuditedProperty> of(EntityManager entityManager, Class<?> type) {
        EntityType<?> entity = entityManager.getMetamodel().entity(type);
        List<Field> fields = new ArrayList<>();
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            if (at == type || at.isAnnotationPresent(MappedSuperclass.class) && at.isAnnotationPresent(Audited.class)) {
                fields.addAll(0, List.of(at.getDeclaredFields()));
            }
        }
        List<AuditedProperty> properties = new ArrayList<>();
        for (Field field : fields) {
            if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(NotAudited.class)
                    || mappedByTheOtherSide(field)) {
                continue;
            }
            Attribute<?, ?> attribute = attribute(entity, field.getName());
            if (attribute == null || attribute instanceof SingularAttribute<?, ?> singular
                    && (singular.isId() || singular.isVersion())) {
                continue;
            }
            field.setAccessible(true);
            Class<?> named = field.isAnnotationPresent(NamedAs.class)
                    ? entityNamed(entityManager, field.getAnnotation(NamedAs.class).value()) : null;
            if (attribute instanceof PluralAttribute<?, ?, ?> plural) {
                ElementTable table = elementTable(entityManager, type, field.getName());
                properties.add(named == null
                        ? new AuditedProperty(field.getName(), field, Kind.COLLECTION, plural.getElementType().getJavaType(), table)
                        : new AuditedProperty(field.getName(), field, Kind.COLLECTION, named, new ElementTable(
                                table.auditTable(), table.keyColumn(), table.elementColumn(), true)));
            } else if (attribute.isAssociation() || named != null) {
                properties.add(new AuditedProperty(field.getName(), field, Kind.REFERENCE,
                        named != null ? named : attribute.getJavaType(), null));
            } else {
                properties.add(new AuditedProperty(field.getName(), field, Kind.VALUE, null, null));
            }
        }
        return properties;
    }

    Object read(Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + name + " of " + entity.getClass(), e);
        }
    }

    private static Attribute<?, ?> attribute(EntityType<?> entity, String name) {
        return entity.getAttributes().stream().filter(a -> a.getName().equals(name)).findFirst().orElse(null);
    }

    private static boolean mappedByTheOtherSide(Field field) {
        OneToMany oneToMany = field.getAnnotation(OneToMany.class);
        ManyToMany manyToMany = field.getAnnotation(ManyToMany.class);
        return oneToMany != null && !oneToMany.mappedBy().isEmpty() || manyToMany != null && !manyToMany.mappedBy().isEmpty();
    }

    /** The class of the entity called {@code name}. */
    private static Class<?> entityNamed(EntityManager entityManager, String name) {
        return entityManager.getMetamodel().getEntities().stream().filter(entity -> entity.getName().equals(name))
                .findFirst().orElseThrow(() -> new IllegalStateException("No entity is called " + name)).getJavaType();
    }

    private static ElementTable elementTable(EntityManager entityManager, Class<?> type, String name) {
        var persister = (AbstractCollectionPersister) entityManager.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getCollectionDescriptor(type.getName() + "." + name);
        if (persister.isOneToMany() || persister.getKeyColumnNames().length != 1
                || persister.getElementColumnNames().length != 1) {
            throw new IllegalStateException("The history cannot read " + type.getSimpleName() + "." + name
                    + ": only collections in a join or collection table, with one key and one element column, are supported");
        }
        return new ElementTable(persister.getTableName() + "_aud", persister.getKeyColumnNames()[0],
                persister.getElementColumnNames()[0], persister.getElementType().isEntityType());
    }
}
