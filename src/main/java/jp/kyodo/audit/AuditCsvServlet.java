package jp.kyodo.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.kyodo.platform.Csv;
import jp.kyodo.platform.KyodoException;
import jp.kyodo.platform.web.ErrorPage;
import jp.kyodo.platform.web.Language;

/**
 * The audit log's CSV download for the administrators' page, signed in by session (the API's {@code
 * /api/v1/audit-log/export.csv} takes a bearer token). /admin/* is for administrators only.
 */
@WebServlet("/admin/audit-log.csv")
public class AuditCsvServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient AuditLog auditLog;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String csv;
    try {
      csv =
          auditLog.exportCsv(
              AuditResource.filter(
                  request.getParameter("action"),
                  request.getParameter("actorId"),
                  request.getParameter("targetType"),
                  request.getParameter("targetId"),
                  request.getParameter("from"),
                  request.getParameter("to")),
              Language.of(request));
    } catch (KyodoException e) {
      ErrorPage.explain(request, e); // the error page says what was wrong with the filter
      response.sendError(e.status());
      return;
    }
    response.setContentType(Csv.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", Csv.attachment("kyodo-audit-log.csv"));
    response.getWriter().write(csv);
  }
}
