package jp.kyodo.proxy;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.comment.CommentChannel;
import jp.kyodo.platform.Messages;
import jp.kyodo.reference.ReferenceData;

/**
 * Turns the words of a CSV row into the request a form would send: a channel as its word in either
 * language (紙, 郵送, 電話, ワークショップ, 窓口; paper, post …) or its code; an age band, area, district or
 * relation by its name in either language (30代, 池尻, 池尻地区, 区民) or its code; a participant as a
 * number or an e-mail address. A word that names nothing is passed on as it was written, so that
 * the rules refuse it on its column.
 */
final class ProxyCsvWords {
  private final Map<String, String> channels = new HashMap<>();
  private final Map<String, String> ageBands = new HashMap<>();
  private final Map<String, String> areas = new HashMap<>();
  private final Map<String, String> districts = new HashMap<>();
  private final Map<String, String> relations = new HashMap<>();

  ProxyCsvWords(ReferenceData.Snapshot reference) {
    for (CommentChannel c : CommentChannel.PROXY) {
      put(channels, c.code(), c.code());
      for (Locale l : Messages.SUPPORTED) {
        put(channels, Messages.get(l, "channel." + c.code()), c.code());
      }
    }
    reference.ageBands().forEach(c -> choice(ageBands, c));
    reference.areas().forEach(c -> choice(areas, c));
    reference.areas().forEach(c -> put(areas, c.labelJa() + "地域", c.code()));
    reference.relations().forEach(c -> choice(relations, c));
    for (ReferenceData.District d : reference.districts()) {
      put(districts, d.code(), d.code());
      put(districts, d.nameJa(), d.code());
      put(districts, d.nameJa() + "地区", d.code());
      put(districts, d.nameEn(), d.code());
    }
  }

  /** The row as the request of the form and the API. */
  ProxyRequests.NewEntry request(ProxyCsv.Row row) {
    String participant = row.cell(ProxyCsv.Column.PARTICIPANT);
    String folded = participant == null ? null : nfkc(participant).strip();
    boolean email = folded != null && folded.contains("@");
    return new ProxyRequests.NewEntry(
        code(channels, row.cell(ProxyCsv.Column.CHANNEL)),
        row.cell(ProxyCsv.Column.RECEIVED_ON),
        row.cell(ProxyCsv.Column.PLACE),
        row.cell(ProxyCsv.Column.TEXT),
        code(ageBands, row.cell(ProxyCsv.Column.AGE_BAND)),
        code(areas, row.cell(ProxyCsv.Column.AREA)),
        code(districts, row.cell(ProxyCsv.Column.DISTRICT)),
        code(relations, row.cell(ProxyCsv.Column.RELATION)),
        email || folded == null ? null : number(folded),
        email ? folded : null);
  }

  /** A participant id; -1 (which names nobody) for text that is no number. */
  private static Long number(String digits) {
    return digits.matches("[0-9]{1,18}") ? Long.valueOf(digits) : -1L;
  }

  private static String code(Map<String, String> words, String written) {
    if (written == null) {
      return null;
    }
    return words.getOrDefault(fold(written), written.strip());
  }

  /** The code, the label in both languages, and a relation's short name before its （…）. */
  private static void choice(Map<String, String> words, ReferenceData.Choice c) {
    put(words, c.code(), c.code());
    for (String label : List.of(c.labelJa(), c.labelEn())) {
      put(words, label, c.code());
      int paren = label.indexOf('（');
      if (paren > 0) {
        put(words, label.substring(0, paren), c.code());
      }
    }
  }

  private static void put(Map<String, String> words, String word, String code) {
    words.putIfAbsent(fold(word), code);
  }

  /** Width, case, spaces and the kinds of tilde (〜19歳, ~19歳) do not matter. */
  static String fold(String word) {
    return nfkc(word)
        .replaceAll("\\s", "")
        .replace('〜', '~')
        .replace('～', '~')
        .toLowerCase(Locale.ROOT);
  }

  private static String nfkc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }
}
