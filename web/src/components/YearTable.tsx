// The parts of an indicator table that the scorecard and the initiative page share: a head
// with a column per year (a partial year starred) and the period's total, and a row's cells.
import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { t } from "../i18n";
import { indicatorValue, type Series } from "../lib/indicators";

/** A year table's box: it scrolls sideways on its own when wider than the screen, and opens
 * on its latest years (the end), the row names staying in view (styles.css). */
export function YearScroll({ children }: { children: ComponentChildren }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (box.current) box.current.scrollLeft = box.current.scrollWidth;
  }, []);
  return (
    <div class="scroll-x years" ref={box}>
      {children}
    </div>
  );
}

export function YearHead({ first, columns }: { first: string; columns: { year: number; partial: boolean }[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {columns.map((c) => (
          <th key={c.year} scope="col" class="num">
            {c.year}
            {c.partial && <abbr title={t("scorecard.partial")}>*</abbr>}
          </th>
        ))}
        <th scope="col" class="num">
          {t("scorecard.total")}
        </th>
      </tr>
    </thead>
  );
}

/** A series' value per year and its total; nothing but an empty total without a series. */
export function YearCells({ series, unit }: { series: Series | undefined; unit: string }) {
  return (
    <>
      {series?.years.map((y) => (
        <td key={y.year} class="num">
          {indicatorValue(y.value, unit)}
        </td>
      ))}
      <td class="num total">{series ? indicatorValue(series.total, unit) : ""}</td>
    </>
  );
}
