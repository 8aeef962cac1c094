package org.casualtyledger.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/** tally-service's public contract as the gateway calls it: the reads and the corrections (the claim-batch intake stays internal). */
@RegisterRestClient(configKey = "tally")
interface TallyApi {

    @GET
    @Path("/tallies")
    Uni<Response> tallies(@RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/series")
    Uni<Response> series(@RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/events")
    Uni<Response> events(@RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/events/{id}")
    Uni<Response> event(@PathParam("id") String id, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/claims")
    Uni<Response> claims(@RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/claims/{id}")
    Uni<Response> claim(@PathParam("id") String id, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/discrepancies")
    Uni<Response> discrepancies(@RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @POST
    @Path("/claims/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> correctClaim(@PathParam("id") String id, byte[] body, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId,
            @HeaderParam(Headers.AUTHOR) String author);

    @POST
    @Path("/events/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> correctEvent(@PathParam("id") String id, byte[] body, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId,
            @HeaderParam(Headers.AUTHOR) String author);

    @GET
    @Path("/claims/{id}/corrections")
    Uni<Response> claimCorrections(@PathParam("id") String id, @RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/corrections")
    Uni<Response> corrections(@RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/changes")
    Uni<Response> changes(@RestQuery MultivaluedMap<String, String> query,
            @HeaderParam("Accept") String accept, @HeaderParam(Headers.REQUEST_ID) String requestId);

    @GET
    @Path("/q/health/ready")
    Uni<Response> ready();

    @ClientExceptionMapper
    static RuntimeException serverErrors(Response response) {
        return Headers.serverError(response);
    }
}
