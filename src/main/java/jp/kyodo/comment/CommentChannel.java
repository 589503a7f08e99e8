package jp.kyodo.comment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How an opinion reached the ward ({@code comment.channel}): written on the site, or received on
 * paper at a まちづくりセンター, by post, by phone, at a workshop or at a counter and entered by staff on
 * the person's behalf. Words for each are in the bundles ({@code channel.<code>}, and {@code
 * channel.provenance.<code>} for the label shown instead of an author's name).
 */
public enum CommentChannel {
  WEB("web"),
  PAPER("paper"),
  POST("post"),
  PHONE("phone"),
  WORKSHOP("workshop"),
  COUNTER("counter");

  /** The channels staff enter on someone's behalf: every one but the web. */
  public static final List<CommentChannel> PROXY =
      Arrays.stream(values()).filter(CommentChannel::isProxy).toList();

  private final String code;

  CommentChannel(String code) {
    this.code = code;
  }

  /** The value stored in {@code comment.channel} and sent in the API. */
  public String code() {
    return code;
  }

  /** Received outside the web and entered by staff. */
  public boolean isProxy() {
    return this != WEB;
  }

  public static Optional<CommentChannel> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
