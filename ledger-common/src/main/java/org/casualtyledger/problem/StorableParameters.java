package org.casualtyledger.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query parameters and path ids are checked before any resource sees them: one the database could not store
 * (a NUL character, a broken surrogate) is a 400 problem naming the parameter.
 */
public class StorableParameters {

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        checkAll(request.getUriInfo().getQueryParameters());
        checkAll(request.getUriInfo().getPathParameters());
    }

    private static void checkAll(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            StorableText.checked("parameter name", parameter.getKey());
            for (String value : parameter.getValue()) {
                StorableText.checked(parameter.getKey(), value);
            }
        }
    }
}
