package org.estatedesk.servicedesk;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.FacesMessages;

/** Complaint topics (R1.12): open one, gather tasks into it by number, record the agreed solution. */
@Named
@ViewScoped
public class TopicsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    TopicService service;

    @EJB
    EstateService estateService;

    private List<Estate> estates = List.of();
    private List<ComplaintTopic> topics = List.of();
    private ComplaintTopic selected;
    private List<TaskLine> tasks = List.of();
    private Long estateId;
    private String title;
    private String description;
    private String taskNumber;
    private String solution;

    @PostConstruct
    void init() {
        estates = estateService.visibleEstates();
        load();
    }

    private void load() {
        topics = service.topics(null);
        if (selected != null) {
            selected = service.topic(selected.getId());
            tasks = service.tasksOf(selected.getId());
        }
    }

    public void prepareOpen() {
        estateId = null;
        title = null;
        description = null;
    }

    public void open() {
        selected = service.open(null, estateId, title, description);
        FacesMessages.info("topic.opened", selected.getTitle());
        load();
    }

    public void select(ComplaintTopic t) {
        selected = t;
        load();
    }

    public void gather() {
        Long id = TaskNumbers.parse(taskNumber, "taskNumber");
        if (id == null) {
            throw new org.estatedesk.shared.RuleViolationException("error.required", "taskNumber");
        }
        service.gather(selected.getId(), id);
        FacesMessages.info("topic.gathered", Task.numberOf(id), selected.getTitle());
        taskNumber = null;
        load();
    }

    public void resolve() {
        service.resolve(selected.getId(), solution, selected.getVersion());
        FacesMessages.info("topic.resolvedDone", selected.getTitle());
        solution = null;
        load();
    }

    public String estateName(Long id) {
        return id == null ? "" : estates.stream().filter(e -> e.getId().equals(id)).map(Estate::getName).findFirst()
                .orElse("#" + id);
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public List<ComplaintTopic> getTopics() {
        return topics;
    }

    public ComplaintTopic getSelected() {
        return selected;
    }

    public List<TaskLine> getTasks() {
        return tasks;
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTaskNumber() {
        return taskNumber;
    }

    public void setTaskNumber(String taskNumber) {
        this.taskNumber = taskNumber;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }
}
