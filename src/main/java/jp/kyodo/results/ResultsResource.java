package jp.kyodo.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("topics/{id: [0-9]+}/results-document")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Topics")
@ApplicationScoped
public class ResultsResource {
  @Inject ResultsService results;

  @GET
  @Operation(
      operationId = "getResultsDocument",
      summary =
          "A closed topic's results document: its period, opinions and people by channel, a"
              + " summary of the opinions and the ward's view per approved key point, and the"
              + " ward's answer (everyone once published; staff also the draft)")
  @SecurityRequirementsSet
  @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
  @APIResponse(
      responseCode = "404",
      description = "No such topic, or its results document is not published")
  public ResultsView get(@PathParam("id") long id) {
    return results.read(id);
  }

  @PUT
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "saveResultsDocument",
      summary =
          "Write a closed topic's results document (staff): the introduction and, per approved"
              + " key point (keyPointId null: the opinions under none), the summary and the"
              + " ward's view; against the version read")
  @APIResponse(responseCode = "403", description = "Signed in, but not staff")
  @APIResponse(responseCode = "409", description = "Changed since the version sent")
  @APIResponse(
      responseCode = "422",
      description = "The topic is not closed, or a key point is not an approved one of the topic")
  public ResultsView save(@PathParam("id") long id, ResultsRequests.Edit edit) {
    return results.save(id, edit);
  }

  @POST
  @Path("publish")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "publishResultsDocument",
      summary = "Publish the results document (staff); every key point needs both texts")
  @APIResponse(responseCode = "403", description = "Signed in, but not staff")
  @APIResponse(responseCode = "409", description = "Changed since the version sent")
  @APIResponse(
      responseCode = "422",
      description = "The topic is not closed, or a key point lacks its summary or the ward's view")
  public ResultsView publish(@PathParam("id") long id, ResultsRequests.Publication p) {
    return results.publish(id, p);
  }

  @POST
  @Path("withdraw")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "withdrawResultsDocument",
      summary = "Take the published results document back to a draft (staff)")
  @APIResponse(responseCode = "403", description = "Signed in, but not staff")
  @APIResponse(responseCode = "404", description = "No such topic, or no document written")
  @APIResponse(responseCode = "409", description = "Changed since the version sent")
  public ResultsView withdraw(@PathParam("id") long id, ResultsRequests.Publication p) {
    return results.withdraw(id, p);
  }
}
