// The explorer's shell: header (with the language switch), routes (each page loaded when
// first opened), footer. A change of language renders every page again in that language.
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from "preact-iso";
import { ErrorNote } from "./components/common";
import { CoverageNote } from "./components/Coverage";
import { LOCALES, LOCALE_NAMES, setLocale, t, useLocale, type Locale } from "./i18n";
import { apiKey, onApiKeyChange, setApiKey } from "./lib/auth";
import { withParams } from "./lib/links";
import { roleLabel, useViewer } from "./lib/viewer";
import { Search } from "./pages/Search";

/** A page whose code could not be fetched: the service was updated since the tab opened
 * (the old file names are gone) or the connection dropped. Reloading fetches the new code. */
function PageNotLoaded() {
  return (
    <div class="page">
      <ErrorNote message={t("errors.pageNotLoaded")} />
      <button type="button" onClick={() => location.reload()}>
        {t("errors.reload")}
      </button>
    </div>
  );
}

/** A page's code, fetched when the page is first opened; a message instead of an empty
 * page when the fetch fails. */
function page(load: () => Promise<{ default: ComponentType }>) {
  return lazy(() => load().catch(() => ({ default: PageNotLoaded })));
}

const Organization = page(() => import("./pages/Organization"));
const Clusters = page(() => import("./pages/Clusters"));
const Cluster = page(() => import("./pages/Cluster"));
const Scorecard = page(() => import("./pages/Scorecard"));
const Initiative = page(() => import("./pages/Initiative"));
const Project = page(() => import("./pages/Project"));
const Topic = page(() => import("./pages/Topic"));
const Consortium = page(() => import("./pages/Consortium"));
const Network = page(() => import("./pages/Network"));
const PathPage = page(() => import("./pages/Path"));
const SignIn = page(() => import("./pages/SignIn"));
const NotFound = page(() => import("./pages/NotFound"));

function useSignedIn(): string | null {
  const [token, setToken] = useState(apiKey());
  useEffect(() => onApiKeyChange(() => setToken(apiKey())), []);
  return token;
}

function ViewerRole() {
  const { viewer, names } = useViewer();
  return viewer ? <>{roleLabel(viewer, names)}</> : null;
}

/** The three languages as links (the page in that language), each named in itself. */
function LanguageSwitch({ current }: { current: Locale }) {
  const { path, query, route } = useLocation();
  return (
    <nav class="languages" aria-label={t("nav.language")}>
      <ul>
        {LOCALES.map((code) => {
          const href = withParams(path, { ...query, lang: code });
          return (
            <li key={code}>
              <a
                href={href}
                lang={code}
                hreflang={code}
                aria-current={code === current ? "true" : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  void setLocale(code).then(() => route(href, true));
                }}
              >
                <span class="lang-name">{LOCALE_NAMES[code]}</span>
                <span class="lang-code" aria-hidden="true">
                  {code.toUpperCase()}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Header({ locale }: { locale: Locale }) {
  const { path } = useLocation();
  const token = useSignedIn();
  const links: [string, string][] = [
    ["/", t("nav.search")],
    ["/clusters", t("nav.clusters")],
    ["/consortium", t("nav.consortium")],
    ["/network", t("nav.network")],
    ["/path", t("nav.path")],
  ];
  const current = (href: string) => (href === "/" ? path === "/" || path === "/search" : path.startsWith(href));
  // On a phone the links and the session fold under a Menu button (the page's content first);
  // a new page folds them again.
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [path]);
  return (
    <header
      class={open ? "site-header open" : "site-header"}
      onKeyDown={(event) => {
        if (event.key === "Escape") setOpen(false);
      }}
    >
      <a class="skip" href="#main">
        {t("nav.skip")}
      </a>
      <a class="brand" href="/">
        clustergraph
      </a>
      <button
        type="button"
        class="menu-toggle"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpen(!open)}
      >
        {t("nav.menu")}
      </button>
      <div id="site-menu" class="site-menu">
        <nav aria-label={t("nav.main")}>
          <ul>
            {links.map(([href, label]) => (
              <li key={href}>
                <a href={href} aria-current={current(href) ? "page" : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="session">
          {token ? (
            <>
              <span class="role">
                <ViewerRole />
              </span>{" "}
              <button type="button" class="link" onClick={() => setApiKey(null)}>
                {t("nav.signOut")}
              </button>
            </>
          ) : (
            <a href="/sign-in">{t("nav.signIn")}</a>
          )}
        </div>
      </div>
      <LanguageSwitch current={locale} />
    </header>
  );
}

// The search page says what the data covers under its box: the footer does not say it again.
const SEARCH_PAGES = new Set(["/", "/search"]);

function Footer() {
  const { path } = useLocation();
  return (
    <footer class="site-footer">
      {!SEARCH_PAGES.has(path) && <CoverageNote />}
      <p>{t("footer.source")}</p>
      <p>
        <a href="/graphql">{t("footer.api")}</a>
      </p>
    </footer>
  );
}

// After a move to another page (not a change of query), focus goes to the content, so that
// keyboard and screen-reader users start there, as after a full page load.
let shownPath = typeof location === "undefined" ? "" : location.pathname;

function focusNewPage(url: string): void {
  const path = url.split("?")[0];
  if (path === shownPath) return;
  shownPath = path;
  document.getElementById("main")?.focus();
}

// The addresses this page routes itself; a link to GraphiQL (another page of the service) is
// left to the browser.
const ROUTED = /^\/(?!graphql(?:[/?#]|$))/;

export function App() {
  const locale = useLocale();
  return (
    <LocationProvider scope={ROUTED}>
      <Header locale={locale} />
      <main id="main" tabIndex={-1}>
        {/* Keyed by language: every page renders again, its memoised labels included. */}
        <ErrorBoundary key={locale}>
          <Router onRouteChange={focusNewPage}>
            <Route path="/" component={Search} />
            <Route path="/search" component={Search} />
            <Route path="/organizations/:id" component={Organization} />
            <Route path="/clusters" component={Clusters} />
            <Route path="/clusters/:id" component={Cluster} />
            <Route path="/clusters/:id/scorecard" component={Scorecard} />
            <Route path="/initiative" component={Initiative} />
            <Route path="/projects/:id" component={Project} />
            <Route path="/topics/:id" component={Topic} />
            <Route path="/consortium" component={Consortium} />
            <Route path="/network" component={Network} />
            <Route path="/network/:id" component={Network} />
            <Route path="/path" component={PathPage} />
            <Route path="/sign-in" component={SignIn} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </main>
      <Footer />
    </LocationProvider>
  );
}
