package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Base64;
import java.util.List;
import org.estatedesk.shared.FacesMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The task page's photos (R1.6, issue 20): the technician photographs the place before and after the work with his
 * phone's camera; the owner's signature drawn on the work-order dialog is kept as one more picture.
 */
@Named
@ViewScoped
public class TaskPhotosBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String PNG_DATA = "data:image/png;base64,";

    @EJB
    TaskPhotoService service;

    @Inject
    TaskBacking task;

    private TaskPhoto.Kind kind = TaskPhoto.Kind.BEFORE;
    private List<TaskPhoto.Info> photos;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        service.attach(task.getId(), kind, file.getFileName(), file.getContentType(), file.getContent());
        FacesMessages.info("task.wo.photoAdded", file.getFileName());
        photos = null;
    }

    /** Keeps the signature the owner drew (a PNG data URL from the signature pad); nothing when he drew none. */
    void keepSignature(String dataUrl) {
        if (dataUrl == null || !dataUrl.startsWith(PNG_DATA) || dataUrl.length() == PNG_DATA.length()) {
            return;
        }
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(PNG_DATA.length()));
        service.attach(task.getId(), TaskPhoto.Kind.SIGNATURE, "signature.png", "image/png", png);
        FacesMessages.info("task.wo.signatureSaved");
        photos = null;
    }

    public List<TaskPhoto.Info> getPhotos() {
        if (photos == null) {
            photos = task.getId() == null ? List.of() : service.photos(task.getId());
        }
        return photos;
    }

    public TaskPhoto.Kind[] getKinds() {
        return new TaskPhoto.Kind[] {TaskPhoto.Kind.BEFORE, TaskPhoto.Kind.AFTER};
    }

    public TaskPhoto.Kind getKind() {
        return kind;
    }

    public void setKind(TaskPhoto.Kind kind) {
        this.kind = kind;
    }
}
