package jp.kyodo.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyodo.platform.Csv;
import jp.kyodo.platform.Messages;
import jp.kyodo.platform.WardTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A results document in editable formats (the ward's plan: open data in editable formats): CSV, one
 * table with a section column (the figures by channel, the total, then each key point with its
 * summary and the ward's view, then the ward's answer), and an .xlsx workbook laid out as the
 * printed document. Words in the reader's language; figures as counted when it was read.
 */
public final class ResultsFiles {
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final List<String> COLUMNS =
      List.of(
          "section", "item", "opinions", "replies", "comments", "people", "summary", "ward_view");

  private ResultsFiles() {}

  /** The CSV: UTF-8 with a byte-order mark (Excel in Japan opens it as UTF-8). */
  public static byte[] csv(ResultsView doc, Locale locale) {
    List<List<String>> rows = new ArrayList<>();
    for (ResultsView.ChannelRow c : doc.channels()) {
      rows.add(channelLine(locale, "channel", channel(locale, c.channel()), c));
    }
    rows.add(channelLine(locale, "total", Messages.get(locale, "results.total"), doc.total()));
    for (ResultsView.Row r : doc.rows()) {
      rows.add(
          List.of(
              Messages.get(locale, "results.section.key_point"),
              keyPoint(locale, r),
              "",
              "",
              String.valueOf(r.opinions()),
              "",
              lines(r.summary()),
              lines(r.wardView())));
    }
    if (doc.wardAnswer() != null) {
      rows.add(
          List.of(
              Messages.get(locale, "results.section.ward_answer"),
              Messages.get(locale, "response.status." + doc.wardAnswer().status()),
              "",
              "",
              "",
              "",
              "",
              lines(doc.wardAnswer().bodyMarkdown())));
    }
    return Csv.write(Csv.header(locale, "csv.results.", COLUMNS), rows)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The workbook: one sheet, as the document reads from top to bottom. */
  public static byte[] xlsx(ResultsView doc, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "Kyodo", "1.0");
      Worksheet ws = wb.newWorksheet(Messages.get(locale, "results.sheet"));
      int r = 0;
      ws.value(r, 0, title(doc, locale));
      ws.style(r, 0).bold().fontSize(14).set();
      r += 1;
      ws.value(r, 0, Messages.get(locale, "results.period"));
      ws.value(r, 1, period(doc));
      r += 1;
      ws.value(r, 0, Messages.get(locale, "topic.department"));
      ws.value(r, 1, doc.department());
      r += 2;
      if (!doc.introduction().isBlank()) {
        ws.value(r, 0, doc.introduction());
        ws.style(r, 0).wrapText(true).set();
        r += 2;
      }
      ws.value(r, 0, Messages.get(locale, "results.channels"));
      ws.style(r, 0).bold().set();
      r += 1;
      r = header(ws, r, locale, "channel", "opinions", "replies", "people");
      for (ResultsView.ChannelRow c : doc.channels()) {
        r = channelRow(ws, r, channel(locale, c.channel()), c);
      }
      r = channelRow(ws, r, Messages.get(locale, "results.total"), doc.total());
      r += 1;
      ws.value(r, 0, Messages.get(locale, "results.table"));
      ws.style(r, 0).bold().set();
      r += 1;
      r = header(ws, r, locale, "key_point", "comments", "summary", "ward_view");
      for (ResultsView.Row row : doc.rows()) {
        ws.value(r, 0, keyPoint(locale, row));
        ws.value(r, 1, row.opinions());
        ws.value(r, 2, row.summary());
        ws.value(r, 3, row.wardView());
        ws.range(r, 0, r, 3).style().wrapText(true).verticalAlignment("top").set();
        r += 1;
      }
      if (doc.wardAnswer() != null) {
        r += 1;
        ws.value(r, 0, Messages.get(locale, "results.section.ward_answer"));
        ws.style(r, 0).bold().set();
        r += 1;
        ws.value(r, 0, Messages.get(locale, "response.status." + doc.wardAnswer().status()));
        ws.value(r, 2, doc.wardAnswer().bodyMarkdown());
        ws.style(r, 2).wrapText(true).set();
      }
      ws.width(0, 24);
      ws.width(1, 12);
      ws.width(2, 60);
      ws.width(3, 60);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The Content-Disposition of a download: topic-12-results.csv or .xlsx. */
  public static String attachment(long topicId, String extension) {
    return Csv.attachment("topic-" + topicId + "-results." + extension);
  }

  /** 「〇〇」に寄せられたご意見の概要と区の考え方 */
  public static String title(ResultsView doc, Locale locale) {
    return Messages.format(locale, "results.documentTitle", Map.of("title", doc.title()));
  }

  /** 2026/10/01 〜 2026/10/31, Tokyo dates. */
  public static String period(ResultsView doc) {
    return WardTime.date(doc.opensOn()) + " 〜 " + WardTime.date(doc.closesOn());
  }

  /** A channel's word (紙, 郵送 …); {@code total} is the total. */
  public static String channel(Locale locale, String code) {
    return Messages.get(locale, "total".equals(code) ? "results.total" : "channel." + code);
  }

  /** A row's key point, or the words for the opinions under none. */
  public static String keyPoint(Locale locale, ResultsView.Row row) {
    return row.keyPoint() == null ? Messages.get(locale, "results.others") : row.keyPoint();
  }

  /** A text's line breaks as CSV records end theirs (CRLF), inside its quoted cell. */
  private static String lines(String text) {
    return text.replace("\r\n", "\n").replace("\n", "\r\n");
  }

  private static List<String> channelLine(
      Locale locale, String section, String item, ResultsView.ChannelRow c) {
    return List.of(
        Messages.get(locale, "results.section." + section),
        item,
        String.valueOf(c.opinions()),
        String.valueOf(c.replies()),
        String.valueOf(c.opinions() + c.replies()),
        String.valueOf(c.people()),
        "",
        "");
  }

  private static int header(Worksheet ws, int r, Locale locale, String... columns) {
    for (int c = 0; c < columns.length; c++) {
      ws.value(r, c, Messages.get(locale, "csv.results." + columns[c]));
      ws.style(r, c).bold().fillColor("DDDDDD").set();
    }
    return r + 1;
  }

  private static int channelRow(Worksheet ws, int r, String label, ResultsView.ChannelRow c) {
    ws.value(r, 0, label);
    ws.value(r, 1, c.opinions());
    ws.value(r, 2, c.replies());
    ws.value(r, 3, c.people());
    return r + 1;
  }
}
