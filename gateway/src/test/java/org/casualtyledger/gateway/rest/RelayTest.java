package org.casualtyledger.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RelayTest {

    @Test
    void aBackendLocationBecomesThePublicOne() {
        assertEquals("/api/v1/reports/r-0123456789abcdef01234567",
                Relay.publicLocation("http://localhost:8081/reports/r-0123456789abcdef01234567"));
        assertEquals("/api/v1/events?page=2", Relay.publicLocation("/events?page=2"));
    }
}
