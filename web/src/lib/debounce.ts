import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n";

/** The value, once it has not changed for `delay` ms. */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** Sets the tab's title for the page shown (screen readers announce it, history lists it). */
/** A node page's title: its name (undefined: no such node, null: a node without one);
 * while it loads or fails, the app's; once it is known not to exist, "Page not found". */
export function nodeTitle(name: string | null | undefined, settled: boolean): string {
  if (name === undefined) return settled ? t("notFound.title") : "";
  return name ?? "";
}

export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? t("app.pageTitle", { title }) : t("app.title");
  }, [title]);
}
