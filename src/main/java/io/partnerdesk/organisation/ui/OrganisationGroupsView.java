package io.partnerdesk.organisation.ui;

import io.partnerdesk.organisation.application.DirectoryGroupRules;
import io.partnerdesk.organisation.application.OrganisationGroupService;
import io.partnerdesk.organisation.domain.Organisation;
import io.partnerdesk.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Every organisation's directory group ({@code /admin/organisations.xhtml}), for the operator's
 * global and user management admins: filter and page through them, give one another group, clear
 * one, and list the people whose groups point at two organisations.
 */
@Named
@ViewScoped
public class OrganisationGroupsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The group field of the edit dialog, where a refused group's reason is shown. */
    static final String GROUP_FIELD = "edit-form:edit-group";

    @Inject
    OrganisationGroupService groups;

    private String filter;
    private Organisation selected;
    private String newGroup;
    private List<OrganisationGroupService.Conflict> conflicts;
    /** Transient: read again from the database whenever the table renders. */
    private transient Organisations model;

    /** One database page per table page. */
    public class Organisations extends LazyDataModel<Organisation> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) groups.count(filter);
        }

        @Override
        public List<Organisation> load(
                int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return groups.page(filter, first, size).items();
        }

        @Override
        public String getRowKey(Organisation row) {
            return row.id().toString();
        }
    }

    /** Opens the edit dialog for an organisation, with its current group to start from. */
    public void edit(Organisation organisation) {
        selected = organisation;
        newGroup = organisation.directoryGroup();
    }

    /** The longest group name the field takes: the rule's own limit. */
    public int getMaxGroupLength() {
        return DirectoryGroupRules.MAX_GROUP_LENGTH;
    }

    /** Gives the selected organisation the group typed; a refused group's reason goes next to the field. */
    public void save() {
        if (selected == null) {
            return;
        }
        Messages.refusalsGoTo(GROUP_FIELD);
        Organisation changed = groups.change(selected.id(), newGroup);
        Messages.info(null, "organisations.changed", changed.name(), changed.directoryGroup());
        selected = null;
    }

    /** Clears the organisation's group (after the page asked for confirmation). */
    public void clear(Organisation organisation) {
        groups.clear(organisation.id());
        Messages.info(null, "organisations.cleared", organisation.name());
    }

    /** Reads the directory for people whose groups point at two organisations. */
    public void findConflicts() {
        conflicts = groups.conflicts();
    }

    public LazyDataModel<Organisation> getModel() {
        if (model == null) {
            model = new Organisations();
        }
        return model;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Organisation getSelected() {
        return selected;
    }

    public String getNewGroup() {
        return newGroup;
    }

    public void setNewGroup(String newGroup) {
        this.newGroup = newGroup;
    }

    /** Null until the operator asked; then the conflicts found (possibly none). */
    public List<OrganisationGroupService.Conflict> getConflicts() {
        return conflicts;
    }
}
