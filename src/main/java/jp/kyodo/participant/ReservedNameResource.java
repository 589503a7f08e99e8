package jp.kyodo.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kyodo.idempotency.Idempotent;
import jp.kyodo.platform.ResourceNotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Terms no display name may contain (administrators); every change is audited. */
@Path("reserved-names")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class ReservedNameResource {
  @Inject ReservedNames reservedNames;

  @GET
  @Operation(
      operationId = "listReservedNames",
      summary = "Reserved display-name terms (administrators)")
  public List<ReservedName.View> list() {
    return reservedNames.list();
  }

  @POST
  @Idempotent
  @Operation(
      operationId = "addReservedName",
      summary = "Reserve a term {term}: display names containing it are refused")
  @APIResponse(responseCode = "201", description = "Reserved")
  @APIResponse(responseCode = "400", description = "Invalid term")
  @APIResponse(responseCode = "409", description = "Already reserved (after folding)")
  public Response add(ReservedNames.Addition request) {
    return Response.status(Response.Status.CREATED).entity(reservedNames.add(request)).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(operationId = "removeReservedName", summary = "Release a reserved term")
  @APIResponse(responseCode = "204", description = "Released")
  @APIResponse(responseCode = "404", description = "No such term")
  public Response remove(@PathParam("id") String id) {
    if (id == null || !id.matches("[0-9]{1,18}")) {
      throw new ResourceNotFoundException("reserved_name");
    }
    reservedNames.remove(Long.parseLong(id));
    return Response.noContent().build();
  }
}
