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
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? t("app.pageTitle", { title }) : t("app.title");
  }, [title]);
}
