#!/usr/bin/env python3
"""Writes the workspace map's base layer: coarse polygons of Syria's 14 governorates as GeoJSON.

The polygons are NOT surveyed boundaries. They are the Voronoi cells of one hand-placed seed point per governorate
(roughly its middle; names as in ingest-service's gazetteer), clipped to a coarse outline of Syria drawn through
about 40 border and coast points whose coordinates are public geographic facts (border crossings, tripoints, coastal
towns), rounded to 0.05 degrees. Damascus is a small octagon cut out of Rif Dimashq. Good enough to see where events
fall and which governorate is busy; not for drawing borders.

Run from the repository root: python3 gateway/scripts/governorates.py > gateway/src/main/resources/META-INF/resources/workspace/governorates.geojson
"""
import json
import math

# (longitude, latitude), clockwise from the Mediterranean coast at the Turkish border.
OUTLINE = [
    (35.92, 35.92), (36.15, 35.82), (36.35, 35.98), (36.55, 36.20), (36.65, 36.22), (36.55, 36.50), (36.65, 36.70),
    (37.05, 36.65), (37.45, 36.65), (38.00, 36.85), (38.45, 36.85), (38.95, 36.70), (39.45, 36.70), (40.05, 36.85),
    (40.75, 37.10), (41.20, 37.07), (41.75, 37.10), (42.35, 37.10), (41.95, 36.65), (41.35, 36.40), (41.30, 35.65),
    (41.20, 34.80), (40.95, 34.42), (39.85, 33.95), (38.80, 33.38), (37.55, 32.85), (36.85, 32.32), (36.40, 32.40),
    (36.05, 32.55), (35.65, 32.68), (35.85, 33.10), (35.80, 33.35), (36.05, 33.55), (36.35, 33.85), (36.60, 34.20),
    (36.45, 34.50), (36.30, 34.65), (35.97, 34.64), (35.88, 34.90), (35.92, 35.18), (35.75, 35.52), (35.80, 35.78),
]

# Seeds per governorate, roughly at its middle (not its capital: Homs and Deir ez-Zor reach far to the east);
# Rif Dimashq has a second one west of Damascus, where it runs along the Lebanese border.
SEEDS = {
    "Rif Dimashq": (37.05, 33.45), "Rif Dimashq west": (36.20, 33.75), "Quneitra": (35.80, 33.00), "Daraa": (36.20, 32.80), "As-Suwayda": (36.75, 32.70),
    "Homs": (38.10, 34.55), "Hama": (37.00, 35.15), "Tartus": (36.05, 34.95), "Latakia": (35.95, 35.60),
    "Idlib": (36.60, 35.80), "Aleppo": (37.60, 36.25), "Raqqa": (38.90, 35.95), "Deir ez-Zor": (40.35, 35.10),
    "Al-Hasakah": (40.90, 36.55),
}
DAMASCUS = (36.29, 33.51)


def clip(polygon, seed, other):
    """Sutherland-Hodgman against the half-plane of points nearer to seed than to other."""
    (sx, sy), (ox, oy) = seed, other
    nx, ny = ox - sx, oy - sy
    c = (ox * ox + oy * oy - sx * sx - sy * sy) / 2

    def inside(p):
        return p[0] * nx + p[1] * ny <= c

    def cross(p, q):
        dp, dq = p[0] * nx + p[1] * ny - c, q[0] * nx + q[1] * ny - c
        t = dp / (dp - dq)
        return (p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]))

    out = []
    for i, p in enumerate(polygon):
        q = polygon[(i + 1) % len(polygon)]
        if inside(p):
            out.append(p)
            if not inside(q):
                out.append(cross(p, q))
        elif inside(q):
            out.append(cross(p, q))
    return out


def without_spikes(points):
    """Clipping a concave outline leaves out-and-back edges along the cut; drop their tips and repeated points."""
    changed = True
    while changed and len(points) > 3:
        changed = False
        for i in range(len(points)):
            a, b, c = points[i - 1], points[i], points[(i + 1) % len(points)]
            ab, bc = (b[0] - a[0], b[1] - a[1]), (c[0] - b[0], c[1] - b[1])
            cross = ab[0] * bc[1] - ab[1] * bc[0]
            dot = ab[0] * bc[0] + ab[1] * bc[1]
            if (abs(ab[0]) + abs(ab[1]) < 1e-9) or (abs(cross) < 1e-9 and dot <= 0):
                del points[i]
                changed = True
                break
    return points


def ring(points):
    closed = [[round(x, 3), round(y, 3)] for x, y in points]
    return closed + [closed[0]]


def octagon(center, radius):
    return [(center[0] + radius * math.cos(k * math.pi / 4), center[1] + radius * 0.85 * math.sin(k * math.pi / 4))
            for k in range(8)]


def main():
    damascus = octagon(DAMASCUS, 0.09)
    polygons = {}
    for name, seed in SEEDS.items():
        cell = list(OUTLINE)
        for other_name, other in SEEDS.items():
            if other_name != name:
                cell = clip(cell, seed, other)
        rings = [ring(without_spikes(cell))]
        if contains(cell, DAMASCUS):
            rings.append(ring(list(reversed(damascus))))
        polygons.setdefault(name.replace(" west", ""), []).append(rings)
    features = [feature(name, rings) for name, rings in polygons.items()]
    features.append(feature("Damascus", [[ring(damascus)]]))
    print(json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")))


def contains(polygon, point):
    x, y = point
    inside = False
    for i, (ax, ay) in enumerate(polygon):
        bx, by = polygon[i - 1]
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            inside = not inside
    return inside


def feature(name, polygons):
    """Always a MultiPolygon, so that the map draws one shape of feature."""
    return {"type": "Feature", "properties": {"name": name}, "geometry": {"type": "MultiPolygon", "coordinates": polygons}}


if __name__ == "__main__":
    main()
