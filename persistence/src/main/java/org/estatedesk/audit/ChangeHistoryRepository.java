package org.estatedesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.estatedesk.shared.TimeFormat;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * Reads the Envers history of one record and turns consecutive revisions into before/after pairs. Only the
 * audited properties are compared; the entity's own getters decide what is shown.
 */
@ApplicationScoped
public class ChangeHistoryRepository {
    private static final List<String> IGNORED = List.of("class", "version", "id", "unitCount", "failedLogins");

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    /** The record's revisions, newest first; times among the changed values are written for a person in {@code zone}. */
    public List<ChangeRecord> historyOf(Class<?> entityClass, long id, ZoneId zone) {
        AuditReader reader = AuditReaderFactory.get(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(entityClass, false, true)
                .add(AuditEntity.id().eq(id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<ChangeRecord> records = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object state = row[0];
            AuditRevision rev = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            records.add(new ChangeRecord(rev.getId(), rev.getAt(), rev.getUsername(), type.name(),
                    diff(entityClass, previous, type == RevisionType.DEL ? null : state, zone)));
            previous = type == RevisionType.DEL ? null : state;
        }
        java.util.Collections.reverse(records);
        return records;
    }

    private static List<ChangeRecord.FieldChange> diff(Class<?> type, Object before, Object after, ZoneId zone) {
        List<ChangeRecord.FieldChange> changes = new ArrayList<>();
        try {
            for (PropertyDescriptor pd : Introspector.getBeanInfo(type).getPropertyDescriptors()) {
                if (pd.getReadMethod() == null || IGNORED.contains(pd.getName())) {
                    continue;
                }
                Object b = before == null ? null : pd.getReadMethod().invoke(before);
                Object a = after == null ? null : pd.getReadMethod().invoke(after);
                if (!Objects.equals(b, a) && !(b instanceof java.util.Collection) && !(a instanceof java.util.Collection)) {
                    changes.add(new ChangeRecord.FieldChange(pd.getName(), text(b, zone), text(a, zone)));
                }
            }
        } catch (IntrospectionException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot compare revisions of " + type.getSimpleName(), e);
        }
        return changes;
    }

    /** A value as the history shows it: times in the company's zone ({@link TimeFormat}), anything else as it is. */
    private static String text(Object value, ZoneId zone) {
        if (value instanceof LocalDate) {
            return TimeFormat.DAY.format(value, zone);
        }
        if (value instanceof OffsetDateTime || value instanceof Instant || value instanceof LocalDateTime) {
            return TimeFormat.SECOND.format(value, zone);
        }
        return value == null ? null : value.toString();
    }
}
