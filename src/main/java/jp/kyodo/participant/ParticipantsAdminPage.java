package jp.kyodo.participant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;

/** admin/participants.xhtml: find a participant, then set their roles with a reason. */
@Named
@ViewScoped
public class ParticipantsAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient RoleService roles;

  private String query;
  private List<AccountView> results = List.of();
  private AccountView selected;
  private List<String> selectedRoles = new ArrayList<>();
  private String reason;

  public void search() {
    try {
      results = roles.search(query, 50);
      selected = null;
    } catch (KyodoException e) {
      Pages.show("searchForm", e);
    }
  }

  public void select(AccountView participant) {
    selected = participant;
    selectedRoles = new ArrayList<>(participant.roles());
    reason = null;
  }

  public void apply() {
    try {
      selected =
          roles.assign(selected.id(), new AccountRequests.RoleAssignment(selectedRoles, reason));
      results = results.stream().map(r -> r.id() == selected.id() ? selected : r).toList();
      reason = null;
      Pages.info("admin.participants.updated");
    } catch (KyodoException e) {
      Pages.show("rolesForm", e);
    }
  }

  public List<String> getRoleCodes() {
    return List.of("staff", "moderator", "administrator");
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<AccountView> getResults() {
    return results;
  }

  public AccountView getSelected() {
    return selected;
  }

  public List<String> getSelectedRoles() {
    return selectedRoles;
  }

  public void setSelectedRoles(List<String> selectedRoles) {
    this.selectedRoles = selectedRoles;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
