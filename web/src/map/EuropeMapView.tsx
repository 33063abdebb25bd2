// The map of Europe with the cluster's foreign partners (a chunk of its own, loaded with the
// scorecard): the countries from the world-atlas package (built with the page, see
// scripts/europeMap.ts), a circle per country or region sized by shared projects, the
// countries of the cluster's own organisations shaded. Every circle can be focused with the
// keyboard and says its figures; the table beside the map says the same.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import map from "virtual:europe-map";
import { t } from "../i18n";
import { countryName, number } from "../lib/format";
import { countrySpots, homeCountries, legendValues, radius, regionSpots, type Geography, type Point, type Spot } from "./places";
import { europeProjection } from "./projection";

const anchors = new Map(map.countries.filter((c) => c.code).map((c) => [c.code, c.at] as const));

/** What a circle stands for, in words. */
export function spotLabel(spot: Spot): string {
  const place = spot.region
    ? t("map.region", { city: spot.city ?? spot.region, code: spot.region, country: countryName(spot.country) })
    : countryName(spot.country);
  return t("map.figures", { place, figures: `${t("map.partners", { count: spot.partners })}, ${t("map.projects", { count: spot.projects })}` });
}

export type MapProps = { geography: Geography; view: "country" | "region"; title: string; description: string };

export default function EuropeMapView({ geography, view, title, description }: MapProps) {
  const [active, setActive] = useState<string>();
  // The legend's circles are drawn at the size the map's circles have on screen.
  const drawing = useRef<SVGSVGElement>(null);
  const [shown, setShown] = useState(1);
  useEffect(() => {
    const svg = drawing.current;
    if (!svg || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setShown(svg.getBoundingClientRect().width / map.width || 1));
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);
  const home = useMemo(() => homeCountries(geography), [geography]);
  const homeCodes = new Set(home.map((c) => c.country));
  const reachedCodes = new Set(geography.countries.filter((c) => c.partners > 0).map((c) => c.country));
  const spots = useMemo(() => {
    if (view === "country") return countrySpots(geography, anchors).spots;
    const projection = europeProjection(map);
    return regionSpots(geography, (point) => (projection(point) as Point | null) ?? null).spots;
  }, [geography, view]);
  const max = Math.max(0, ...spots.map((s) => s.projects));
  const legend = legendValues(max);
  const homeLabel = home.map((c) => t("map.figures", { place: countryName(c.country), figures: t("map.organizations", { count: c.organizations }) })).join(" · ");
  return (
    <figure class="europe-map" data-view={view}>
      <svg ref={drawing} viewBox={`0 0 ${map.width} ${map.height}`} role="group" aria-labelledby="europe-map-title europe-map-desc">
        <title id="europe-map-title">{title}</title>
        <desc id="europe-map-desc">{description}</desc>
        <rect class="sea" width={map.width} height={map.height} />
        <g class="land" aria-hidden="true">
          {map.countries.map((c, i) => (
            <path key={c.code || i} d={c.d} data-country={c.code || undefined} class={homeCodes.has(c.code) ? "home" : reachedCodes.has(c.code) ? "reached" : undefined} />
          ))}
        </g>
        <g class="spots">
          {spots.map((s) => (
            <circle
              key={s.key}
              cx={s.at[0]}
              cy={s.at[1]}
              r={s.r}
              tabIndex={0}
              role="img"
              aria-label={spotLabel(s)}
              data-place={s.key}
              class={active === s.key ? "active" : undefined}
              onFocus={() => setActive(s.key)}
              onMouseEnter={() => setActive(s.key)}
            >
              <title>{spotLabel(s)}</title>
            </circle>
          ))}
        </g>
        <g class="homes">
          {home.map((c) => {
            const at = anchors.get(c.country);
            if (!at) return null;
            const label = t("map.figures", { place: countryName(c.country), figures: t("map.organizations", { count: c.organizations }) });
            return (
              <path
                key={c.country}
                d={`M${at[0]},${at[1] - 7}L${at[0] + 7},${at[1]}L${at[0]},${at[1] + 7}L${at[0] - 7},${at[1]}Z`}
                class={active === `home-${c.country}` ? "marker active" : "marker"}
                tabIndex={0}
                role="img"
                aria-label={label}
                data-home={c.country}
                onFocus={() => setActive(`home-${c.country}`)}
                onMouseEnter={() => setActive(`home-${c.country}`)}
              >
                <title>{label}</title>
              </path>
            );
          })}
        </g>
      </svg>
      <p class={active ? "map-info on" : "map-info"} aria-live="polite">
        {active?.startsWith("home-")
          ? homeLabel
          : active && spots.find((s) => s.key === active)
            ? spotLabel(spots.find((s) => s.key === active)!)
            : t("map.hint")}
      </p>
      <figcaption class="map-legend">
        <span class="legend-item">
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path class="marker" d="M8,1L15,8L8,15L1,8Z" />
          </svg>{" "}
          {t("map.legendHome")}
        </span>
        {legend.length > 0 && (
          <span class="legend-item">
            {t("map.legendCircles")}{" "}
            {legend.map((value) => {
              const r = radius(value, max) * shown;
              return (
                <span key={value} class="legend-circle">
                  <svg viewBox={`0 0 ${2 * r + 2} ${2 * r + 2}`} width={2 * r + 2} height={2 * r + 2} aria-hidden="true">
                    <circle cx={r + 1} cy={r + 1} r={r} />
                  </svg>{" "}
                  {number(value, 0)}
                </span>
              );
            })}
          </span>
        )}
        <span class="legend-item attribution-map">{t("map.attribution")}</span>
      </figcaption>
    </figure>
  );
}

/** Foreign partners of regions the map cannot place (no coordinates, or off the frame). */
export function unplacedOf(geography: Geography): number {
  return regionSpots(geography, (point) => (europeProjection(map)(point) as Point | null) ?? null).unplaced;
}

/** Countries with foreign partners that the map does not show, with their figures in words. */
export function outsideOf(geography: Geography): string[] {
  return countrySpots(geography, anchors).outside.map(
    (c) => `${countryName(c.country)} (${t("map.partners", { count: c.partners })})`,
  );
}
