package org.casualtyledger.gateway.access;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The request's principal is the holder of the key it presented: its name signs what the request changes. */
record KeySecurityContext(ApiKeys.KeyHolder holder, boolean secure) implements SecurityContext {

    KeySecurityContext(ApiKeys.KeyHolder holder, SecurityContext transport) {
        this(holder, transport != null && transport.isSecure());
    }

    @Override
    public Principal getUserPrincipal() {
        return holder::name;
    }

    @Override
    public boolean isUserInRole(String role) {
        for (Role known : Role.values()) {
            if (known.label().equals(role)) {
                return holder.role().includes(known);
            }
        }
        return false;
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "API key";
    }
}
