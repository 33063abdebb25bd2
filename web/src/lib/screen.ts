// Whether the page has a laptop's width: a phone (up to 720 px, as styles.css's narrow layout)
// folds the finer filters away.
const WIDE = "(min-width: 721px)";

export function wideScreen(): boolean {
  return typeof window !== "undefined" && window.matchMedia(WIDE).matches;
}
