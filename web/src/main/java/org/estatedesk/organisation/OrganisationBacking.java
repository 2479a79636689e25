package org.estatedesk.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.estatedesk.shared.FacesMessages;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The organisation pages (R0.1, R0.11): the tree with adding, renaming and deleting units; clearing a company's data after typing its code. The services refuse what the caller may not do.
 */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    OrganisationService organisation;

    @EJB
    CompanyDataClearing clearing;

    private TreeNode<OrgUnit> root;
    private List<OrgUnit> companies = List.of();
    private OrgUnit target;

    // add / rename dialog
    private OrgUnitKind kind;
    private String code;
    private String name;
    private String nameEn;

    // clearing
    private Long clearCompanyId;
    private String confirmation;
    private Map<String, Integer> cleared;

    @PostConstruct
    void init() {
        reloadTree();
    }

    private void reloadTree() {
        List<OrgUnit> all = organisation.tree();
        companies = all.stream().filter(OrgUnit::isCompany).toList();
        Map<Long, TreeNode<OrgUnit>> nodes = new HashMap<>();
        root = new DefaultTreeNode<>(null, null);
        List<OrgUnit> pending = new ArrayList<>(all);
        // parents come before children in any order of the list: attach repeatedly until nothing moves
        boolean moved = true;
        while (!pending.isEmpty() && moved) {
            moved = false;
            for (var it = pending.iterator(); it.hasNext();) {
                OrgUnit u = it.next();
                TreeNode<OrgUnit> parent = u.getParentId() == null ? root : nodes.get(u.getParentId());
                if (parent != null) {
                    TreeNode<OrgUnit> node = new DefaultTreeNode<>(u, parent);
                    node.setExpanded(u.getKind() != OrgUnitKind.COMPANY);
                    nodes.put(u.getId(), node);
                    it.remove();
                    moved = true;
                }
            }
        }
    }

    public List<OrgUnitKind> childKinds() {
        return target == null ? List.of() : List.copyOf(target.getKind().allowedChildren());
    }

    public void prepareAdd(OrgUnit parent) {
        target = parent;
        kind = childKinds().isEmpty() ? null : childKinds().get(0);
        code = name = nameEn = null;
    }

    public void add() {
        OrgUnit u = organisation.addUnit(target.getId(), kind, code, name, nameEn);
        FacesMessages.info("org.saved", u.getCode());
        reloadTree();
    }

    public void prepareRename(OrgUnit unit) {
        target = unit;
        name = unit.getName();
        nameEn = unit.getNameEn();
    }

    public void rename() {
        organisation.rename(target.getId(), name, nameEn, target.getVersion());
        FacesMessages.info("org.saved", target.getCode());
        reloadTree();
    }

    public void delete(OrgUnit unit) {
        organisation.delete(unit.getId());
        FacesMessages.info("deleted");
        reloadTree();
    }

    public String companyName(Long id) {
        return companies.stream().filter(c -> c.getId().equals(id)).map(OrgUnit::getName).findFirst()
                .orElse(String.valueOf(id));
    }

    // --- clearing ---

    public void clear() {
        cleared = null;
        cleared = new LinkedHashMap<>(clearing.clear(clearCompanyId == null ? 0 : clearCompanyId, confirmation));
        FacesMessages.info("clear.done", companyName(clearCompanyId));
        confirmation = null;
    }

    public List<Map.Entry<String, Integer>> getClearedCounts() {
        return cleared == null ? List.of() : List.copyOf(cleared.entrySet());
    }

    public TreeNode<OrgUnit> getRoot() {
        return root;
    }

    public List<OrgUnit> getCompanies() {
        return companies;
    }

    public OrgUnit getTarget() {
        return target;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public void setKind(OrgUnitKind kind) {
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Long getClearCompanyId() {
        return clearCompanyId;
    }

    public void setClearCompanyId(Long clearCompanyId) {
        this.clearCompanyId = clearCompanyId;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
