package jp.kyodo.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The REST API lives under /api/v1; every error it returns is application/problem+json. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Kyodo API",
            version = "1",
            description =
                "The ward's participation forum (協働プラットフォーム). Errors are"
                    + " application/problem+json (RFC 9457). Authenticate with a bearer token"
                    + " from POST /api/v1/auth/token.",
            license =
                @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
    tags = {
      @Tag(
          name = "Topics",
          description =
              "The ward's issues (区政課題) open for discussion, their lifecycle, the ward's answer"
                  + " (区の考え方) and the policy areas"),
      @Tag(
          name = "Search",
          description =
              "Search public topics and comments in Japanese (width, case and kana folded;"
                  + " place names whole; parts of words), with filters, paging and marked"
                  + " snippets"),
      @Tag(
          name = "Comments",
          description =
              "Opinions with a stance, threaded replies, edits, deletion and agree/disagree"
                  + " reactions"),
      @Tag(
          name = "Moderation",
          description =
              "Reports, the moderation queue and decisions, reviews, watched words,"
                  + " pre-moderation, sanctions and the public moderation report"),
      @Tag(
          name = "Participants",
          description = "Registration, and participants' accounts and roles for administrators"),
      @Tag(name = "My account", description = "The signed-in participant's own account"),
      @Tag(
          name = "Authentication",
          description = "Bearer tokens (sign in and out), e-mail confirmation and password reset"),
      @Tag(
          name = "Reference data",
          description =
              "Areas, districts, age bands, relations, languages and the current terms versions"),
      @Tag(
          name = "Statistics",
          description =
              "The KPI, participation statistics and topic reports (staff, administrators)"),
      @Tag(
          name = "Open data",
          description = "Aggregated participation under CC BY 4.0, for anyone"),
      @Tag(
          name = "LINE",
          description =
              "Linking a LINE account to hear of notifications through the ward's LINE account,"
                  + " and the webhook the LINE platform calls"),
      @Tag(
          name = "Administration",
          description = "The audit log, the outgoing mail and the notification digests"),
      @Tag(
          name = "Notifications",
          description =
              "Notifications in the site, read marks, followed topics, watched places and policy"
                  + " areas, how each kind of event reaches the participant, and one-click"
                  + " unsubscribe from mails"),
      @Tag(
          name = "Policy documents",
          description =
              "The terms of use and the privacy notice, every version, and their publication")
    },
    components =
        @Components(
            securitySchemes =
                @SecurityScheme(
                    securitySchemeName = "bearer",
                    type = SecuritySchemeType.HTTP,
                    scheme = "bearer",
                    description =
                        "A token from POST /api/v1/auth/token: Authorization: Bearer <token>")))
public class RestApplication extends Application {}
