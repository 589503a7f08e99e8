package jp.kyodo.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
@ApplicationScoped
public class ReferenceResource {
  @Inject ReferenceData referenceData;

  @GET
  @Operation(
      operationId = "getReferenceData",
      summary =
          "Areas and districts, age bands, relations to the ward, languages and the current"
              + " versions of the terms and privacy notice")
  public ReferenceData.Snapshot get() {
    return referenceData.get();
  }
}
