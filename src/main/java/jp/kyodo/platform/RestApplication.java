package jp.kyodo.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

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
            license = @License(name = "Apache-2.0")),
    components =
        @Components(
            securitySchemes =
                @SecurityScheme(
                    securitySchemeName = "bearer",
                    type = SecuritySchemeType.HTTP,
                    scheme = "bearer")))
public class RestApplication extends Application {}
