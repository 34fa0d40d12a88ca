#!/usr/bin/env bash
# Copies the page's third-party browser libraries from npm into src/newsevents/static/vendor so the
# page works offline (no CDN at run time). Re-run after changing a version below, then commit the
# copied files together with their licences.
set -euo pipefail
cd "$(dirname "$0")/.."

LEAFLET=1.9.4
WORLD_ATLAS=2.0.2
TOPOJSON_CLIENT=3.1.0

DEST=src/newsevents/static/vendor
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund \
    "leaflet@$LEAFLET" "world-atlas@$WORLD_ATLAS" "topojson-client@$TOPOJSON_CLIENT")

M="$WORK/node_modules"
rm -rf "$DEST"
mkdir -p "$DEST/leaflet/images" "$DEST/world-atlas" "$DEST/topojson-client"

cp "$M/leaflet/dist/leaflet.js" "$M/leaflet/dist/leaflet.css" "$DEST/leaflet/"
cp "$M/leaflet/dist/images/"*.png "$DEST/leaflet/images/"
cp "$M/leaflet/LICENSE" "$DEST/leaflet/LICENSE"

# 1:50m country outlines: detailed enough for a regional view, small enough (~0.7 MB) to ship.
cp "$M/world-atlas/countries-50m.json" "$DEST/world-atlas/"
cp "$M/world-atlas/LICENSE" "$DEST/world-atlas/LICENSE"

cp "$M/topojson-client/dist/topojson-client.min.js" "$DEST/topojson-client/"
cp "$M/topojson-client/LICENSE" "$DEST/topojson-client/LICENSE"

cat > "$DEST/VERSIONS" <<TXT
leaflet $LEAFLET
world-atlas $WORLD_ATLAS
topojson-client $TOPOJSON_CLIENT
TXT
echo "vendored into $DEST:"
find "$DEST" -type f | sort
