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

    /** A pod, or any pod of another namespace when {@code labels} is empty and namespace differs. */
    record Pod(String namespace, Map<String, String> labels) {
        static Pod inNamespace(Map<String, String> labels) {
            return new Pod(NAMESPACE, labels);
        }

        static Pod fromNamespace(String namespace) {
            return new Pod(namespace, Map.of());
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
}
