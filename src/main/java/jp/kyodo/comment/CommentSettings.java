package jp.kyodo.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Limits of the comment tree, from configuration. */
@ApplicationScoped
public class CommentSettings {
  /** Hard ceiling on any configured length; guards the database and the request size. */
  public static final int LENGTH_CEILING = 10_000;

  @Inject
  @ConfigProperty(name = "kyodo.comments.max-depth", defaultValue = "4")
  int maxDepth;

  @Inject
  @ConfigProperty(name = "kyodo.comments.max-length", defaultValue = "2000")
  int maxLength;

  @Inject
  @ConfigProperty(name = "kyodo.comments.preview-replies", defaultValue = "3")
  int previewReplies;

  @Inject
  @ConfigProperty(name = "kyodo.comments.page-size", defaultValue = "20")
  int pageSize;

  public int maxDepth() {
    return maxDepth;
  }

  public int maxLength() {
    return Math.min(maxLength, LENGTH_CEILING);
  }

  public int previewReplies() {
    return previewReplies;
  }

  public int pageSize() {
    return pageSize;
  }

  public int maxPageSize() {
    return 50;
  }
}
