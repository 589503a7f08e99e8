package jp.kyodo.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;

/** admin/watched-words.xhtml: administrators add and remove watched words. */
@Named
@RequestScoped
public class WatchedWordsPage {
  @Inject WatchedWords words;

  private List<WatchedWord.View> entries;
  private String word;
  private String action = "hold";

  @PostConstruct
  void read() {
    entries = words.list();
  }

  public void add() {
    try {
      words.add(new ModerationRequests.WatchedWord(word, action));
      Pages.done("words.added", "/admin/watched-words.xhtml");
    } catch (KyodoException e) {
      Pages.show("wordForm", e);
    }
  }

  public void remove() {
    Long id = Pages.parseId(Pages.param("word"));
    if (id == null) {
      Pages.redirect("/admin/watched-words.xhtml");
      return;
    }
    words.remove(id);
    Pages.done("words.removed", "/admin/watched-words.xhtml");
  }

  public List<WatchedWord.View> getEntries() {
    return entries;
  }

  public String getWord() {
    return word;
  }

  public void setWord(String word) {
    this.word = word;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }
}
