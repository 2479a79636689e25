package org.estatedesk.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A stored {@link Breakdown} line of a snapshot. */
@Entity
@Table(name = "statistics_breakdown")
public class StatisticsBreakdown {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statistics_breakdown_seq")
    @SequenceGenerator(name = "statistics_breakdown_seq", sequenceName = "statistics_breakdown_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "snapshot_id", nullable = false)
    private long snapshotId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Breakdown.Dimension dimension;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(nullable = false)
    private long requests;

    @Column(nullable = false)
    private long completed;

    @Column(name = "completed_on_time", nullable = false)
    private long completedOnTime;

    protected StatisticsBreakdown() {
    }

    StatisticsBreakdown(long snapshotId, Breakdown b) {
        this.snapshotId = snapshotId;
        this.dimension = b.dimension();
        this.code = b.code();
        this.requests = b.requests();
        this.completed = b.completed();
        this.completedOnTime = b.completedOnTime();
    }

    public long getSnapshotId() {
        return snapshotId;
    }

    public Breakdown toBreakdown() {
        return new Breakdown(dimension, code, requests, completed, completedOnTime);
    }
}
