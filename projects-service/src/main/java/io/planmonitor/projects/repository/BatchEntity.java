package io.planmonitor.projects.repository;

import io.planmonitor.support.DatabaseTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;

/** A quarter's 三个一批 batch; its id is "{year}-q{quarter}". */
@Entity
@Table(name = "batch")
public class BatchEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int quarter;

    public String title;

    @Column(name = "create_time", nullable = false)
    public Instant createTime;

    @PrePersist
    void stampCreation() {
        createTime = DatabaseTime.now();
    }
}
