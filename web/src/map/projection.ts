// The projection of the map of Europe: Lambert azimuthal equal-area centred on 52°N 10°E, as
// the EU's own maps (ETRS89-LAEA), so that areas compare. The build fits it to the frame once
// (scripts/europeMap.ts) and the page uses the same scale and offset for points (regions).
import { geoAzimuthalEqualArea, type GeoProjection } from "d3-geo";

export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 600;
export const ROTATE: [number, number] = [-10, -52];

/** What the page needs to place points as the build placed the countries. */
export type Fit = { scale: number; translate: [number, number] };

/** The map's projection with a fitted scale and offset, clipped to the frame. */
export function europeProjection(fit: Fit): GeoProjection {
  return geoAzimuthalEqualArea()
    .rotate(ROTATE)
    .scale(fit.scale)
    .translate(fit.translate)
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
}
