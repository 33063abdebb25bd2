// Builds the map of Europe from the world-atlas package (Natural Earth 1:50m countries, public
// domain) when the page is built: every country that shows in the frame, projected and clipped
// (src/map/projection.ts), as SVG paths with one decimal, with the point its circle goes on.
// The page then ships only what it draws, and asks nothing of any other server.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoArea, geoAzimuthalEqualArea, geoPath, type GeoStream } from "d3-geo";
import type { Feature, Geometry, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Plugin } from "vite";
import { cordisCode } from "../src/map/codes";
import { MAP_HEIGHT, MAP_WIDTH, ROTATE, europeProjection } from "../src/map/projection";
import type { EuropeMap, MapCountry } from "../src/map/types";

/** The frame: from Iceland to Cyprus, from Malta and Crete to the North Cape. */
const FRAME: Geometry = {
  type: "MultiPoint",
  coordinates: [
    [-22, 63.5],
    [-9.5, 36],
    [14.5, 35.6],
    [25, 34.8],
    [34.5, 34.6],
    [28, 71.1],
    [38, 48],
  ],
};

type Named = { name?: string };

/** Within a line or ring, drop the points less than `step` pixels from the last one kept:
 * the coastlines of the 1:50m data have far more detail than 600 pixels can show. */
function thinned(stream: GeoStream, step: number): GeoStream {
  let last: [number, number] | null = null;
  let skipped: [number, number] | null = null;
  return {
    point(x, y) {
      if (last && Math.hypot(x - last[0], y - last[1]) < step) {
        skipped = [x, y];
        return;
      }
      last = [x, y];
      skipped = null;
      stream.point(x, y);
    },
    lineStart() {
      last = skipped = null;
      stream.lineStart();
    },
    lineEnd() {
      if (skipped) stream.point(skipped[0], skipped[1]);
      stream.lineEnd();
    },
    polygonStart: () => stream.polygonStart(),
    polygonEnd: () => stream.polygonEnd(),
    sphere: () => stream.sphere?.(),
  };
}

function largestPart(geometry: Polygon | MultiPolygon): Polygon {
  if (geometry.type === "Polygon") return geometry;
  const parts: Polygon[] = geometry.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }));
  return parts.reduce((best, part) => (geoArea(part) > geoArea(best) ? part : best));
}

export function buildEuropeMap(): EuropeMap {
  const require = createRequire(import.meta.url);
  const file = require.resolve("world-atlas/countries-50m.json");
  const topology = JSON.parse(readFileSync(file, "utf8")) as Topology<{ countries: GeometryCollection<Named> }>;
  const fitted = geoAzimuthalEqualArea()
    .rotate(ROTATE)
    .fitExtent(
      [
        [8, 8],
        [MAP_WIDTH - 8, MAP_HEIGHT - 8],
      ],
      FRAME,
    );
  const fit = { scale: fitted.scale(), translate: fitted.translate() };
  const projection = europeProjection(fit);
  const path = geoPath({ stream: (output: GeoStream) => projection.stream(thinned(output, 1)) }).digits(1);
  const collection = feature(topology, topology.objects.countries);
  const countries: MapCountry[] = [];
  for (const country of collection.features as Feature<Polygon | MultiPolygon, Named>[]) {
    const d = path(country);
    if (!d) continue;
    const centre = path.centroid(largestPart(country.geometry));
    const inside = centre.every(Number.isFinite) && centre[0] > 0 && centre[0] < MAP_WIDTH && centre[1] > 0 && centre[1] < MAP_HEIGHT;
    countries.push({
      code: cordisCode(country.id, country.properties?.name),
      d,
      at: inside ? [Math.round(centre[0] * 10) / 10, Math.round(centre[1] * 10) / 10] : null,
    });
  }
  return { width: MAP_WIDTH, height: MAP_HEIGHT, ...fit, countries };
}

const ID = "virtual:europe-map";

/** Vite plugin: `import map from "virtual:europe-map"` gets the map built above. */
export function europeMap(): Plugin {
  return {
    name: "europe-map",
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(buildEuropeMap())};` : null),
  };
}
