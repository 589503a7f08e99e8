package jp.kyodo.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import jp.kyodo.idempotency.Idempotent;
import jp.kyodo.platform.ResourceNotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The terms of use ({@code terms}) and the privacy notice ({@code privacy}), every version. */
@Path("policy-documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Policy documents")
@ApplicationScoped
public class PolicyDocumentResource {
  @Inject PolicyDocumentService documents;

  @GET
  @Operation(
      operationId = "listPolicyDocuments",
      summary = "Every version of the terms and the privacy notice, with its status")
  public List<DocumentViews.VersionView> all() {
    return documents.all();
  }

  @GET
  @Path("{kind}")
  @Operation(
      operationId = "getPolicyDocument",
      summary = "The version in force of a document (terms or privacy), with its text")
  @APIResponse(responseCode = "404", description = "No such document")
  public DocumentViews.DocumentView current(@PathParam("kind") String kind) {
    return documents.current(kind(kind));
  }

  @GET
  @Path("{kind}/versions")
  @Operation(
      operationId = "listPolicyDocumentVersions",
      summary = "The versions of a document, newest first")
  @APIResponse(responseCode = "404", description = "No such document")
  public List<DocumentViews.VersionView> versions(@PathParam("kind") String kind) {
    return documents.versions(kind(kind));
  }

  @GET
  @Path("{kind}/versions/{version}")
  @Operation(
      operationId = "getPolicyDocumentVersion",
      summary = "One version of a document (past, in force or scheduled), with its text")
  @APIResponse(responseCode = "404", description = "No such document or version")
  public DocumentViews.DocumentView version(
      @PathParam("kind") String kind, @PathParam("version") String version) {
    return documents.get(kind(kind), version);
  }

  @POST
  @Idempotent
  @Path("{kind}/versions")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "publishPolicyDocument",
      summary =
          "Publish a new version (administrators): in force from the start of effectiveFrom"
              + " (Tokyo), after which participants are asked to accept it; audited")
  @APIResponse(responseCode = "201", description = "Published")
  @APIResponse(responseCode = "400", description = "Invalid fields (named in errors)")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "409", description = "The version exists")
  public Response publish(
      @PathParam("kind") String kind,
      PolicyDocumentRequests.Publication request,
      @Context UriInfo uri) {
    // who may publish is decided before the document is looked up: an anonymous caller is 401
    // and a participant 403 whatever the kind they name
    documents.requirePublisher();
    DocumentViews.DocumentView created = documents.publish(kind(kind), request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.version()).build())
        .entity(created)
        .build();
  }

  private static DocumentKind kind(String code) {
    return DocumentKind.of(code)
        .orElseThrow(() -> new ResourceNotFoundException("policy_document"));
  }
}
