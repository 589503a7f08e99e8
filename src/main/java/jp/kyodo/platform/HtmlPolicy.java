package jp.kyodo.platform;

import java.util.Locale;
import java.util.Set;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one rule for HTML that participants' or staff's text turns into: which elements survive and
 * which links may be made. Topics (Markdown) and comments (plain text with links) both pass it, so
 * a link that one of them would refuse, the other refuses too.
 *
 * <p>Links are http, https or mailto only — never javascript:, data:, vbscript: or any other scheme
 * — and carry {@code rel="nofollow noopener noreferrer"}. No script, no event handler, no style and
 * no image survive.
 */
public final class HtmlPolicy {
  /** The schemes a link may have. */
  public static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "hr",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "strong",
              "em",
              "code",
              "pre",
              "blockquote",
              "ul",
              "ol",
              "li",
              "a",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "del")
          .allowUrlProtocols(LINK_SCHEMES.toArray(String[]::new))
          .allowAttributes("href")
          .onElements("a")
          .allowAttributes("start")
          .matching((element, attribute, value) -> value.matches("[0-9]{1,6}") ? value : null)
          .onElements("ol")
          .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
          .toFactory();

  private HtmlPolicy() {}

  /** The HTML with everything the policy does not allow removed. */
  public static String sanitize(String html) {
    return html == null || html.isEmpty() ? "" : POLICY.sanitize(html);
  }

  /** Whether a link to this address may be made: an absolute http(s) or mailto URL. */
  public static boolean allowsLink(String url) {
    int colon = url == null ? -1 : url.indexOf(':');
    return colon > 0 && LINK_SCHEMES.contains(url.substring(0, colon).toLowerCase(Locale.ROOT));
  }
}
