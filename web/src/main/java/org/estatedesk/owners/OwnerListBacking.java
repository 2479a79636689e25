package org.estatedesk.owners;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The owner ledger (R0.4): search by name, phone or identity number, one page at a time. */
@Named
@ViewScoped
public class OwnerListBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String TABLE = "form:owners";

    @EJB
    OwnerService ownerService;

    private String q;
    private final OwnerModel owners = new OwnerModel();

    /** Applies the search text: the table goes back to its first page. */
    public void search() {
        owners.reset();
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dt) {
            dt.setFirst(0);
        }
    }

    /** One service call per page; {@link #count} answers the total of the last page read. */
    public class OwnerModel extends LazyDataModel<Owner> {
        private static final long serialVersionUID = 1L;
        private int total;
        private final Map<String, Owner> byId = new HashMap<>();

        void reset() {
            total = 0;
            byId.clear();
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return total;
        }

        @Override
        public List<Owner> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            byId.clear();
            Page<Owner> page;
            try {
                page = ownerService.search(q, null, new PageRequest(first / pageSize, pageSize));
            } catch (BusinessException e) {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.format(faces.getViewRoot().getLocale(), e.messageKey(), e.arguments()), null));
                page = new Page<>(List.of(), 0);
            }
            total = (int) Math.min(Integer.MAX_VALUE, page.total());
            setRowCount(total);
            page.items().forEach(o -> byId.put(String.valueOf(o.getId()), o));
            return page.items();
        }

        @Override
        public String getRowKey(Owner owner) {
            return String.valueOf(owner.getId());
        }

        @Override
        public Owner getRowData(String rowKey) {
            return byId.get(rowKey);
        }
    }

    public OwnerModel getOwners() {
        return owners;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
