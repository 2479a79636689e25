package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import org.estatedesk.shared.CompanyZones;

/**
 * The printable written notice of a DIFFICULT task (R1.5, {@code servicedesk/notice.xhtml?id=}): the facts of
 * {@link TaskService#writtenNotice}, which the PDF ({@link NoticePdf}) shows too; a task of another tier has none.
 */
@Named
@RequestScoped
public class NoticeBacking {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    TaskService tasks;

    private Long id;
    private WrittenNotice notice;

    public void load() {
        if (id == null) {
            return;
        }
        notice = tasks.writtenNotice(id);
    }

    public WrittenNotice getNotice() {
        return notice;
    }

    public LocalDate getReceivedOn() {
        return NoticePdf.receivedOn(notice);
    }

    public String getDueText() {
        return NoticePdf.dueText(notice);
    }

    public String getToday() {
        return LocalDate.now(clock.withZone(zones.zone())).toString();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
