package org.estatedesk.archives;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.estatedesk.estates.UnitState;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedQuery;
import org.estatedesk.shared.QueryFilter;

@ApplicationScoped
public class JpaArchiveRepository implements ArchiveRepository {
    private static final String FILES = " from ArchiveFile f, Estate e where e.id = f.estateId and "
            + DataScope.ESTATE_VISIBLE;

    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    @Override
    public Optional<ArchiveFile> find(long id, DataScope scope) {
        return scope.bind(em.createQuery("select f" + FILES + " and f.id = :id", ArchiveFile.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<ArchiveFile> byId(long id) {
        return Optional.ofNullable(em.find(ArchiveFile.class, id));
    }

    @Override
    public Optional<ArchiveFile> byIdForUpdate(long id) {
        return Optional.ofNullable(em.find(ArchiveFile.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Page<FileRow> page(Long estateId, Long unitId, String unitCode, ArchiveKind kind, DataScope scope,
            PageRequest page) {
        QueryFilter filter = new QueryFilter().and(estateId, "f.estateId = :estate", "estate")
                .and(unitId, "f.unitId = :unit", "unit")
                .and(org.estatedesk.shared.Like.containing(unitCode), "f.unitCode like :code escape '!'", "code")
                .and(kind, "f.kind = :kind", "kind");
        return PagedQuery.of(em, Object[].class).select("select f, e.name,"
                + " (select count(i) from ArchiveItem i where i.fileId = f.id and i.removed = false),"
                + " (select count(b) from ArchiveBorrow b where b.fileId = f.id and b.kind = :borrowKind"
                + " and b.state = :out)").count("select count(f)").from(FILES).where(filter)
                .orderBy("order by f.id desc").scope(scope).bindRows("borrowKind", BorrowKind.BORROW)
                .bindRows("out", BorrowState.OUT)
                .page(page, o -> new FileRow((ArchiveFile) o[0], (String) o[1], (Long) o[2], (Long) o[3] > 0));
    }

    @Override
    public boolean fileNoExists(long estateId, String fileNo) {
        return !em.createQuery("select f.id from ArchiveFile f where f.estateId = :e and f.fileNo = :n", Long.class)
                .setParameter("e", estateId).setParameter("n", fileNo).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<ArchiveItem> items(long fileId) {
        return em.createQuery("select i from ArchiveItem i where i.fileId = :f order by i.id", ArchiveItem.class)
                .setParameter("f", fileId).getResultList();
    }

    @Override
    public Optional<ArchiveItem> item(long fileId, long itemId) {
        return Optional.ofNullable(em.find(ArchiveItem.class, itemId)).filter(i -> i.getFileId() == fileId);
    }

    @Override
    public List<ArchiveAttachment.Info> attachments(long fileId) {
        return em.createQuery("select new org.estatedesk.archives.ArchiveAttachment$Info(a.id, a.itemId, a.fileId,"
                + " a.file.fileName, a.file.contentType, a.file.size, a.file.uploadedBy,"
                + " a.file.uploadedAt) from ArchiveAttachment a"
                + " where a.fileId = :f order by a.id", ArchiveAttachment.Info.class).setParameter("f", fileId)
                .getResultList();
    }

    @Override
    public Optional<ArchiveAttachment> attachment(long fileId, long attachmentId) {
        return Optional.ofNullable(em.find(ArchiveAttachment.class, attachmentId))
                .filter(a -> a.getFileId() == fileId);
    }

    @Override
    public List<ArchiveEvent> events(long fileId) {
        return em.createQuery("select v from ArchiveEvent v where v.fileId = :f order by v.at desc, v.id desc",
                ArchiveEvent.class).setParameter("f", fileId).getResultList();
    }

    @Override
    public List<ArchiveBorrow> borrowsOf(long fileId) {
        return em.createQuery("select b from ArchiveBorrow b where b.fileId = :f order by b.id desc",
                ArchiveBorrow.class).setParameter("f", fileId).getResultList();
    }

    @Override
    public Optional<ArchiveBorrow> borrow(long id, DataScope scope) {
        return scope.bind(em.createQuery("select b from ArchiveBorrow b, Estate e where e.id = b.estate.estateId and "
                + DataScope.ESTATE_VISIBLE + " and b.id = :id", ArchiveBorrow.class)).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ArchiveBorrow> borrowById(long id) {
        return Optional.ofNullable(em.find(ArchiveBorrow.class, id));
    }

    @Override
    public boolean borrowOpen(long fileId) {
        return !em.createQuery("select b.id from ArchiveBorrow b where b.fileId = :f and b.kind = :kind"
                + " and b.state in :open", Long.class).setParameter("f", fileId)
                .setParameter("kind", BorrowKind.BORROW)
                .setParameter("open", List.of(BorrowState.REQUESTED, BorrowState.OUT)).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Page<BorrowRow> borrows(Long estateId, BorrowState state, boolean overdue, String borrower,
            OffsetDateTime now, DataScope scope, PageRequest page) {
        String from = " from ArchiveBorrow b, ArchiveFile f, Estate e where f.id = b.fileId"
                + " and e.id = b.estate.estateId and "
                + DataScope.ESTATE_VISIBLE;
        QueryFilter filter = new QueryFilter().and(estateId, "b.estate.estateId = :estate", "estate")
                .and(borrower, "b.borrower = :borrower", "borrower")
                .andIf(overdue, "b.state = :out and b.dueAt < :now", "out", BorrowState.OUT, "now", now)
                .and(overdue ? null : state, "b.state = :state", "state");
        return PagedQuery.of(em, Object[].class).select("select b, f").count("select count(b)").from(from)
                .where(filter).orderBy("order by b.id desc").scope(scope)
                .page(page, o -> new BorrowRow((ArchiveBorrow) o[0], (ArchiveFile) o[1]));
    }

    @Override
    public long countOverdue(OffsetDateTime now, DataScope scope) {
        return scope.bind(em.createQuery("select count(b) from ArchiveBorrow b, Estate e"
                + " where e.id = b.estate.estateId and "
                + DataScope.ESTATE_VISIBLE + " and b.state = :out and b.dueAt < :now", Long.class))
                .setParameter("out", BorrowState.OUT).setParameter("now", now).getSingleResult();
    }

    @Override
    public List<ArchiveRequirement> requirements(long companyId) {
        return em.createQuery("select r from ArchiveRequirement r where r.companyId = :c order by r.unitState,"
                + " r.docType", ArchiveRequirement.class).setParameter("c", companyId).getResultList();
    }

    @Override
    public void replaceRequirements(long companyId, UnitState state, List<DocumentType> types) {
        em.createQuery("delete from ArchiveRequirement r where r.companyId = :c and r.unitState = :s")
                .setParameter("c", companyId).setParameter("s", state).executeUpdate();
        types.stream().distinct().forEach(t -> em.persist(new ArchiveRequirement(companyId, state, t)));
    }

    @Override
    public void store(ArchiveFile file) {
        em.persist(file);
    }

    @Override
    public void store(ArchiveItem item) {
        em.persist(item);
    }

    @Override
    public void store(ArchiveAttachment attachment) {
        em.persist(attachment);
    }

    @Override
    public void store(ArchiveBorrow borrow) {
        em.persist(borrow);
    }

    @Override
    public void store(ArchiveEvent event) {
        em.persist(event);
    }

    @Override
    public void store(ArchiveRequirement requirement) {
        em.persist(requirement);
    }
}
