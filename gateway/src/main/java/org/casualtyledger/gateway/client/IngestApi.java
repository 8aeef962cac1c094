package org.casualtyledger.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/** ingest-service's REST contract as the gateway calls it. Bodies travel as bytes, untouched. */
@RegisterRestClient(configKey = "ingest")
interface IngestApi {
    String NDJSON = "application/x-ndjson";

    @POST
    @Path("/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> submitJson(byte[] body, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @POST
    @Path("/reports")
    @Consumes(MediaType.TEXT_PLAIN)
    Uni<Response> submitText(byte[] body, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @POST
    @Path("/reports/batch")
    @Consumes(NDJSON)
    Uni<Response> submitBatch(byte[] body, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @POST
    @Path("/extract")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> extractJson(byte[] body, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @POST
    @Path("/extract")
    @Consumes(MediaType.TEXT_PLAIN)
    Uni<Response> extractText(byte[] body, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/reports")
    Uni<Response> reports(@RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/reports/{id}")
    Uni<Response> report(@PathParam("id") String id, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/reports/{id}/claims")
    Uni<Response> reportClaims(@PathParam("id") String id, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/reports/{id}/revisions")
    Uni<Response> reportRevisions(@PathParam("id") String id, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/revisions")
    Uni<Response> revisions(@RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @DELETE
    @Path("/reports/{id}")
    Uni<Response> retract(@PathParam("id") String id, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/sources")
    Uni<Response> sources(@RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @POST
    @Path("/sources")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> addSource(byte[] body, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/sources/{name}")
    Uni<Response> source(@PathParam("name") String name, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @PUT
    @Path("/sources/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> changeSource(@PathParam("name") String name, byte[] body, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @DELETE
    @Path("/sources/{name}")
    Uni<Response> removeSource(@PathParam("name") String name, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @POST
    @Path("/sources/{name}/poll")
    Uni<Response> pollSource(@PathParam("name") String name, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @POST
    @Path("/reports/reextract")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> reextract(byte[] body, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/reextractions")
    Uni<Response> reextractions(@RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/reextractions/{id}")
    Uni<Response> reextraction(@PathParam("id") String id, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @DELETE
    @Path("/reextractions/{id}")
    Uni<Response> cancelReextraction(@PathParam("id") String id, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/q/health/ready")
    Uni<Response> ready();

    @ClientExceptionMapper
    static RuntimeException serverErrors(Response response) {
        return Headers.serverError(response);
    }
}
