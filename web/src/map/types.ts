// The map of Europe as the build writes it (scripts/europeMap.ts, module virtual:europe-map).
import type { Fit } from "./projection";

export type MapCountry = {
  /** CORDIS letters (UK, EL), or "" for land without a code. */
  code: string;
  /** SVG path, projected and clipped to the frame. */
  d: string;
  /** Where its circle goes: the centre of its largest part, or null when off the frame. */
  at: [number, number] | null;
};

export type EuropeMap = Fit & { width: number; height: number; countries: MapCountry[] };
