package org.estatedesk.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;

/**
 * Positions of chunk readers (a few numbers each) in the application's database, keyed by the job run and a name
 * for the reader. Written in the caller's transaction — for a reader, its chunk's — so a position is committed
 * together with the rows of the chunk that reached it, or not at all.
 */
@ApplicationScoped
public class JobCheckpoints {
    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    /** The reader's last committed position, or null when it has committed none. */
    public long[] load(long runId, String reader) {
        List<?> rows = em.createNativeQuery("select position from job_checkpoint where run_id = ? and reader = ?")
                .setParameter(1, runId).setParameter(2, reader).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        return Arrays.stream(((String) rows.get(0)).split(",")).mapToLong(Long::parseLong).toArray();
    }

    public void save(long runId, String reader, long... position) {
        String value = String.join(",", Arrays.stream(position).mapToObj(Long::toString).toList());
        int n = em.createNativeQuery("update job_checkpoint set position = ? where run_id = ? and reader = ?")
                .setParameter(1, value).setParameter(2, runId).setParameter(3, reader).executeUpdate();
        if (n == 0) {
            em.createNativeQuery("insert into job_checkpoint (run_id, reader, position) values (?, ?, ?)")
                    .setParameter(1, runId).setParameter(2, reader).setParameter(3, value).executeUpdate();
        }
    }
}
