package org.casualtyledger.gateway.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The map's base layer: Syria's 14 governorates, named as the ledger names provinces, each city inside its own. */
class GovernoratesLayerTest {
    private static final String LAYER = "META-INF/resources/workspace/governorates.geojson";
    private static final Map<String, String> NAMES = new TreeMap<>(Map.ofEntries(
            Map.entry("SY-DI", "Damascus"), Map.entry("SY-RD", "Rif Dimashq"), Map.entry("SY-QU", "Quneitra"),
            Map.entry("SY-DR", "Daraa"), Map.entry("SY-SU", "As-Suwayda"), Map.entry("SY-HI", "Homs"),
            Map.entry("SY-HM", "Hama"), Map.entry("SY-TA", "Tartus"), Map.entry("SY-LA", "Latakia"),
            Map.entry("SY-ID", "Idlib"), Map.entry("SY-HL", "Aleppo"), Map.entry("SY-RA", "Raqqa"),
            Map.entry("SY-DY", "Deir ez-Zor"), Map.entry("SY-HA", "Al-Hasakah")));

    private static JsonNode layer;
    private static long bytes;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = GovernoratesLayerTest.class.getClassLoader().getResourceAsStream(LAYER)) {
            byte[] content = in.readAllBytes();
            bytes = content.length;
            layer = new ObjectMapper().readTree(content);
        }
    }

    @Test
    void holdsTheFourteenGovernoratesByCodeAndName() {
        Map<String, String> found = new TreeMap<>();
        layer.get("features").forEach(f -> found.put(f.at("/properties/code").asText(), f.at("/properties/name").asText()));
        assertEquals(NAMES, found);
        assertEquals(14, layer.get("features").size());
        assertTrue(bytes < 100_000, "small enough for a web page: " + bytes + " bytes");
    }

    @Test
    void eachCityFallsInsideItsGovernorateOnly() {
        Map<String, double[]> cities = new LinkedHashMap<>();
        cities.put("Deir ez-Zor", new double[] {40.141, 35.336});
        cities.put("Aleppo", new double[] {37.134, 36.202});
        cities.put("Raqqa", new double[] {39.012, 35.950});
        cities.put("Al-Hasakah", new double[] {40.748, 36.502});
        cities.put("Damascus", new double[] {36.292, 33.513});
        cities.put("Rif Dimashq", new double[] {36.402, 33.572}); // Douma
        cities.put("Homs", new double[] {36.717, 34.733});
        cities.put("Hama", new double[] {36.754, 35.132});
        cities.put("Idlib", new double[] {36.633, 35.931});
        cities.put("Latakia", new double[] {35.792, 35.523});
        cities.put("Tartus", new double[] {35.887, 34.889});
        cities.put("Daraa", new double[] {36.106, 32.619});
        cities.put("As-Suwayda", new double[] {36.567, 32.709});
        cities.put("Quneitra", new double[] {35.889, 33.188}); // Khan Arnabah
        cities.forEach((governorate, point) -> assertEquals(List.of(governorate), containing(point), governorate + "'s main town"));
    }

    private static List<String> containing(double[] point) {
        return StreamSupport.stream(layer.get("features").spliterator(), false)
                .filter(f -> StreamSupport.stream(f.at("/geometry/coordinates").spliterator(), false).anyMatch(polygon -> inside(point, polygon)))
                .map(f -> f.at("/properties/name").asText())
                .toList();
    }

    /** Even-odd ray casting over every ring of a polygon, so that a hole (Damascus in Rif Dimashq) is outside. */
    private static boolean inside(double[] point, JsonNode polygon) {
        boolean in = false;
        for (JsonNode ring : polygon) {
            for (int i = 1; i < ring.size(); i++) {
                double x1 = ring.get(i - 1).get(0).asDouble(), y1 = ring.get(i - 1).get(1).asDouble();
                double x2 = ring.get(i).get(0).asDouble(), y2 = ring.get(i).get(1).asDouble();
                if ((y1 > point[1]) != (y2 > point[1]) && point[0] < (x2 - x1) * (point[1] - y1) / (y2 - y1) + x1) {
                    in = !in;
                }
            }
        }
        return in;
    }
}
