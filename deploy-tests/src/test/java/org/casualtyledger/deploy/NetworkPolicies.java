package org.casualtyledger.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the NetworkPolicies of one rendering the way a Kubernetes network plugin does: a connection is
 * allowed when the target's ingress policies admit it and the source's egress policies let it out
 * (a side that no policy selects for that direction is open).
 */
final class NetworkPolicies {
    static final String NAMESPACE = "casualty-ledger";

    /** A pod, or any pod of another namespace when {@code labels} is empty and namespace differs, or an address outside the cluster. */
    record Pod(String namespace, Map<String, String> labels, String address) {
        static Pod inNamespace(Map<String, String> labels) {
            return new Pod(NAMESPACE, labels, null);
        }

        static Pod fromNamespace(String namespace) {
            return new Pod(namespace, Map.of(), null);
        }

        /** An IPv4 address outside the cluster, such as a feed's server. */
        static Pod outside(String address) {
            return new Pod("", Map.of(), address);
        }
    }

    private final List<JsonNode> policies;

    NetworkPolicies(Rendering rendering) {
        this.policies = rendering.ofKind("NetworkPolicy");
    }

    boolean allows(Pod source, Pod target, int port) {
        return admits(source, target, port) && letsOut(source, target, port);
    }

    private boolean admits(Pod source, Pod target, int port) {
        if (!target.namespace().equals(NAMESPACE)) {
            return true;
        }
        List<JsonNode> selecting = selecting(target, "Ingress");
        return selecting.isEmpty() || selecting.stream().anyMatch(p -> anyRule(p.path("spec").path("ingress"), "from", source, port));
    }

    private boolean letsOut(Pod source, Pod target, int port) {
        if (!source.namespace().equals(NAMESPACE)) {
            return true;
        }
        List<JsonNode> selecting = selecting(source, "Egress");
        return selecting.isEmpty() || selecting.stream().anyMatch(p -> anyRule(p.path("spec").path("egress"), "to", target, port));
    }

    /** Policies that select the pod for a direction. */
    List<JsonNode> selecting(Pod pod, String direction) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode policy : policies) {
            JsonNode spec = policy.path("spec");
            boolean forDirection = false;
            for (JsonNode type : spec.path("policyTypes")) {
                forDirection |= type.asText().equals(direction);
            }
            if (forDirection && Selectors.matches(spec.path("podSelector"), pod.labels())) {
                found.add(policy);
            }
        }
        return found;
    }

    private static boolean anyRule(JsonNode rules, String peersField, Pod peer, int port) {
        for (JsonNode rule : rules) {
            if (portMatches(rule.path("ports"), port) && peerMatches(rule.path(peersField), peer)) {
                return true;
            }
        }
        return false;
    }

    private static boolean portMatches(JsonNode ports, int port) {
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode allowed : ports) {
            if (allowed.path("port").asInt(-1) == port) {
                return true;
            }
        }
        return false;
    }

    private static boolean peerMatches(JsonNode peers, Pod peer) {
        if (peers.isMissingNode() || peers.isEmpty()) {
            return true;
        }
        for (JsonNode candidate : peers) {
            if (candidate.has("ipBlock")) {
                if (peer.address() != null && inBlock(candidate.path("ipBlock"), peer.address())) {
                    return true;
                }
                continue;
            }
            if (peer.address() != null) {
                continue;
            }
            boolean namespaceMatches = candidate.has("namespaceSelector")
                    ? Selectors.matches(candidate.path("namespaceSelector"), Map.of("kubernetes.io/metadata.name", peer.namespace()))
                    : peer.namespace().equals(NAMESPACE);
            boolean podMatches = !candidate.has("podSelector") || Selectors.matches(candidate.path("podSelector"), peer.labels());
            if (namespaceMatches && podMatches) {
                return true;
            }
        }
        return false;
    }

    private static boolean inBlock(JsonNode block, String address) {
        if (!inCidr(block.path("cidr").asText(), address)) {
            return false;
        }
        for (JsonNode except : block.path("except")) {
            if (inCidr(except.asText(), address)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inCidr(String cidr, String address) {
        String[] parts = cidr.split("/");
        if (parts[0].contains(":") || address.contains(":")) {
            return false;
        }
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (ipv4(parts[0]) & mask) == (ipv4(address) & mask);
    }

    private static long ipv4(String address) {
        long value = 0;
        for (String octet : address.split("\\.")) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }
}
