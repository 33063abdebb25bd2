// The parts of an indicator table that the scorecard and the initiative page share: a head
// with a column per year (a partial year starred) and the period's total, and a row's cells.
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../i18n";
import { money } from "../lib/format";
import { indicatorValue, type Series } from "../lib/indicators";

/** A year table's box: it scrolls sideways on its own when wider than the screen, and opens
 * on its latest years (the end), the row names staying in view (styles.css). The names'
 * column takes the width that whole years leave, so that no year shows cut in two beside it
 * ("2" of "12"). */
export function YearScroll({ children }: { children: ComponentChildren }) {
  const box = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState(false); // years out of view, to the left
  useEffect(() => {
    const fit = () => {
      if (box.current) setHidden(fitWholeYears(box.current));
    };
    fit();
    window.addEventListener("resize", fit);
    return () => window.removeEventListener("resize", fit);
  }, [children]); // again when the table changes (another period: other years)
  return (
    <>
      {hidden && <p class="muted small no-print">{t("scorecard.earlierYears")}</p>}
      <div class="scroll-x years" ref={box}>
        {children}
      </div>
    </>
  );
}

// The names' column of a table too wide for its box: a long name ("Organisations with a new
// project") takes three lines rather than the room of a year.
const NARROW_NAMES = "8rem";

/** Sizes the names' column and scrolls to the latest years; true when some are out of view. */
function fitWholeYears(box: HTMLDivElement): boolean {
  const cells = [...(box.querySelector("thead tr")?.children ?? [])] as HTMLElement[];
  const names = cells[0];
  if (!names) return false;
  names.style.minWidth = "";
  names.style.width = "";
  if (box.scrollWidth > box.clientWidth) {
    // the names wrapped to a narrow column first, so that a phone shows the latest year beside
    // the whole period's total, not the total alone
    names.style.width = NARROW_NAMES;
    // the years that fit whole beside the names at that width, from the latest on
    let years = 0;
    for (const cell of cells.slice(1).reverse()) {
      if (names.offsetWidth + years + cell.offsetWidth > box.clientWidth) break;
      years += cell.offsetWidth;
    }
    // (a cell's width gives way in a table too wide for its box; its minimum does not)
    if (years > 0) {
      names.style.boxSizing = "border-box";
      names.style.minWidth = `${box.clientWidth - years}px`;
    }
  }
  box.scrollLeft = box.scrollWidth;
  return box.scrollWidth > box.clientWidth;
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

/** A sum of euros to the euro, where the cell shows it short. */
function exact(value: number, unit: string): string | undefined {
  return unit === "EUR" ? money(value) : undefined;
}

/** A series' value per year and its total; nothing but an empty total without a series. */
export function YearCells({ series, unit }: { series: Series | undefined; unit: string }) {
  return (
    <>
      {series?.years.map((y) => (
        <td key={y.year} class="num" title={exact(y.value, unit)}>
          {indicatorValue(y.value, unit)}
        </td>
      ))}
      <td class="num total" title={series ? exact(series.total, unit) : undefined}>
        {series ? indicatorValue(series.total, unit) : ""}
      </td>
    </>
  );
}
