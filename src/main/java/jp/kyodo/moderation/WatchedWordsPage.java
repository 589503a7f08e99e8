package jp.kyodo.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.Pages;

/**
 * admin/watched-words.xhtml: administrators add and remove watched words, choose how each must
 * appear (anywhere, or as whole words), and list the phrases that excuse them.
 */
@Named
@RequestScoped
public class WatchedWordsPage {
  private static final String PATH = "/admin/watched-words.xhtml";

  @Inject WatchedWords words;
  @Inject WordExceptions exceptions;

  /** A watched word and the phrases that excuse it alone. */
  public record Row(WatchedWord.View word, List<WatchedWordException.View> exceptions) {}

  private List<Row> entries;
  private List<WatchedWordException.View> anyWordExceptions;
  private String word;
  private String action = "hold";
  private String match = "part";
  private String phrase;
  private String exceptionWord = "";

  @PostConstruct
  void read() {
    List<WatchedWordException.View> all = exceptions.list();
    entries = new ArrayList<>();
    for (WatchedWord.View w : words.list()) {
      entries.add(
          new Row(
              w, all.stream().filter(e -> e.wordId() != null && e.wordId() == w.id()).toList()));
    }
    anyWordExceptions = all.stream().filter(e -> e.wordId() == null).toList();
  }

  public void add() {
    try {
      words.add(new ModerationRequests.WatchedWord(word, action, match));
      Pages.done("words.added", PATH);
    } catch (KyodoException e) {
      Pages.show("wordForm", e);
    }
  }

  /** Switches a word to the other match mode (the row's form sends the mode to switch to). */
  public void changeMatch() {
    Long id = Pages.parseId(Pages.param("word"));
    Long version = Pages.parseId(Pages.param("version"));
    if (id == null || version == null) {
      Pages.redirect(PATH);
      return;
    }
    try {
      words.change(
          id,
          new ModerationRequests.WatchedWordChange(
              Pages.param("action"), Pages.param("match"), version));
      Pages.done("words.changed", PATH);
    } catch (KyodoException e) {
      Pages.show("wordForm", e);
    }
  }

  public void remove() {
    Long id = Pages.parseId(Pages.param("word"));
    if (id == null) {
      Pages.redirect(PATH);
      return;
    }
    words.remove(id);
    Pages.done("words.removed", PATH);
  }

  public void addException() {
    try {
      Long wordId = null;
      if (exceptionWord != null && !exceptionWord.isBlank()) {
        wordId = Pages.parseId(exceptionWord);
        if (wordId == null) {
          throw InvalidInputException.of("wordId", "validation.exception.noSuchWord");
        }
      }
      exceptions.add(new ModerationRequests.WordException(phrase, wordId));
      Pages.done("words.exception.added", PATH);
    } catch (KyodoException e) {
      Pages.show("exceptionForm", e);
    }
  }

  public void removeException() {
    Long id = Pages.parseId(Pages.param("exception"));
    if (id == null) {
      Pages.redirect(PATH);
      return;
    }
    exceptions.remove(id);
    Pages.done("words.exception.removed", PATH);
  }

  public List<Row> getEntries() {
    return entries;
  }

  public List<WatchedWordException.View> getAnyWordExceptions() {
    return anyWordExceptions;
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

  public String getMatch() {
    return match;
  }

  public void setMatch(String match) {
    this.match = match;
  }

  public String getPhrase() {
    return phrase;
  }

  public void setPhrase(String phrase) {
    this.phrase = phrase;
  }

  public String getExceptionWord() {
    return exceptionWord;
  }

  public void setExceptionWord(String exceptionWord) {
    this.exceptionWord = exceptionWord;
  }
}
