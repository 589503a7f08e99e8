package jp.kyodo.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two documents a participant accepts: the terms of use and the privacy notice. */
public enum DocumentKind {
  TERMS("/terms.xhtml"),
  PRIVACY("/privacy.xhtml");

  private final String page;

  DocumentKind(String page) {
    this.page = page;
  }

  /** The code used in the database, the API and the consent records: terms, privacy. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The public page that shows the document, e.g. /terms.xhtml. */
  public String page() {
    return page;
  }

  /** The message key of the document's name (利用規約, プライバシーポリシー). */
  public String titleKey() {
    return "document." + code() + ".title";
  }

  public static Optional<DocumentKind> of(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }
}
