package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Map;
import jp.kyodo.platform.web.Pages;

/**
 * What the comment forms tell a writer before they send: the configured length limit in the hint,
 * and the phrases of the character counter that {@code resources/kyodo/kyodo.js} keeps beside each
 * text field (the form works without it; the server checks the length either way).
 */
@Named
@ApplicationScoped
public class CommentForms {
  @Inject CommentSettings settings;

  public int getMaxLength() {
    return settings.maxLength();
  }

  public String getHint() {
    return Pages.text("thread.body.hint", Map.of("max", formatted(settings.maxLength())));
  }

  /** "あと {n} 文字" — the counter fills in {n}. */
  public String getCountLeft() {
    return Pages.text("thread.count.left");
  }

  public String getCountOver() {
    return Pages.text("thread.count.over");
  }

  private static String formatted(int n) {
    return NumberFormat.getIntegerInstance(Pages.locale()).format(n);
  }
}
