package jp.kyodo.participant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;

/** admin/reserved-names.xhtml: administrators reserve and release display-name terms. */
@Named
@RequestScoped
public class ReservedNamesPage {
  @Inject ReservedNames reservedNames;

  private List<ReservedName.View> entries;
  private String term;

  @PostConstruct
  void read() {
    entries = reservedNames.list();
  }

  public void add() {
    try {
      reservedNames.add(new ReservedNames.Addition(term));
      Pages.keepMessages();
      Pages.info("reservedNames.added");
      Pages.redirect("/admin/reserved-names.xhtml");
    } catch (KyodoException e) {
      Pages.show("termForm", e);
    }
  }

  public void remove() {
    Long id = Pages.parseId(Pages.param("reservedName"));
    if (id != null) {
      try {
        reservedNames.remove(id);
        Pages.keepMessages();
        Pages.info("reservedNames.removed");
      } catch (KyodoException e) {
        // already released by someone else: the list below shows what is left
      }
    }
    Pages.redirect("/admin/reserved-names.xhtml");
  }

  public List<ReservedName.View> getEntries() {
    return entries;
  }

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }
}
