package jp.kyodo.proxy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Map;
import jp.kyodo.platform.CsvUpload;
import jp.kyodo.platform.InvalidInputException;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.PayloadTooLargeException;
import jp.kyodo.platform.ResourceNotFoundException;
import jp.kyodo.platform.web.Pages;
import jp.kyodo.topic.TopicQueries;
import jp.kyodo.topic.TopicView;

/**
 * staff/proxy-import.xhtml?topic=…: a department's CSV of opinions received outside the web. The
 * file is checked first (a dry run: what would be added, every row's errors) and kept in the view;
 * the import itself is a second, deliberate press, all rows or none.
 */
@Named
@ViewScoped
public class ProxyImportPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ProxyImportService imports;
  @Inject transient TopicQueries topics;

  private String topicParam;
  private TopicView topic;
  private transient Part file;
  private String fileName;
  private byte[] checked;
  private ImportReport report;

  public void load() {
    Long id = Pages.parseId(topicParam);
    if (id == null) {
      throw new ResourceNotFoundException("topic");
    }
    topic = topics.view(id);
  }

  /** Reads the chosen file and reports what importing it would do; saves nothing. */
  public void check() {
    checked = null;
    report = null;
    try {
      byte[] bytes = read(file);
      report = imports.run(topic.id(), bytes, true, true, Pages.locale());
      checked = bytes;
      fileName = file.getSubmittedFileName();
    } catch (KyodoException e) {
      Pages.show("importForm", e);
    }
  }

  /** Imports the file checked before: every new row, or nothing when a row has an error. */
  public void commit() {
    if (checked == null) {
      Pages.show("importForm", InvalidInputException.of("file", "validation.csv.fileRequired"));
      return;
    }
    try {
      report = imports.run(topic.id(), checked, true, false, Pages.locale());
      checked = null;
      Pages.info(
          "proxyImport.summary.done",
          Map.of(
              "added", report.added(),
              "held", report.held(),
              "already", report.alreadyImported()));
    } catch (ImportRejectedException e) {
      report = new ImportReport(false, report == null ? 0 : report.rows(), 0, 0, 0, e.errors());
      Pages.show("importForm", e);
    } catch (KyodoException e) {
      Pages.show("importForm", e);
    }
  }

  private static byte[] read(Part part) {
    if (part == null || part.getSize() == 0) {
      throw InvalidInputException.of("file", "validation.csv.fileRequired");
    }
    if (part.getSize() > CsvUpload.MAX_BYTES) {
      throw new PayloadTooLargeException(CsvUpload.MAX_BYTES);
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(CsvUpload.MAX_BYTES + 1);
    } catch (IOException e) {
      throw InvalidInputException.of("file", "validation.csv.fileRequired");
    }
  }

  /** The dry run's summary in words, or null before a check. */
  public String getSummary() {
    if (report == null || !report.dryRun()) {
      return null;
    }
    return Pages.text(
        "proxyImport.summary.dryRun",
        Map.of(
            "rows", report.rows(),
            "added", report.added(),
            "held", report.held(),
            "already", report.alreadyImported(),
            "errors", report.errors().size()));
  }

  /** The import button: after a check without errors that would add something. */
  public boolean isCanCommit() {
    return checked != null
        && report != null
        && report.dryRun()
        && report.errors().isEmpty()
        && report.added() > 0;
  }

  /** How the file is laid out, with the row limit. */
  public String getFormatText() {
    return Pages.text("proxyImport.format", Map.of("maxRows", ProxyImportService.MAX_ROWS));
  }

  public TopicView getTopic() {
    return topic;
  }

  public ImportReport getReport() {
    return report;
  }

  public String getFileName() {
    return fileName;
  }

  public String getTopicParam() {
    return topicParam;
  }

  public void setTopicParam(String topicParam) {
    this.topicParam = topicParam;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
