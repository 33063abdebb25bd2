// The explorer's shell: header, routes (each page loaded when first opened), footer.
import { useEffect, useState } from "preact/hooks";
import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from "preact-iso";
import { apiKey, keyId, onApiKeyChange, setApiKey } from "./lib/auth";
import { roleLabel, useViewer } from "./lib/viewer";
import { Search } from "./pages/Search";

const Organization = lazy(() => import("./pages/Organization"));
const Clusters = lazy(() => import("./pages/Clusters"));
const Cluster = lazy(() => import("./pages/Cluster"));
const Project = lazy(() => import("./pages/Project"));
const Topic = lazy(() => import("./pages/Topic"));
const Consortium = lazy(() => import("./pages/Consortium"));
const Network = lazy(() => import("./pages/Network"));
const PathPage = lazy(() => import("./pages/Path"));
const SignIn = lazy(() => import("./pages/SignIn"));
const NotFound = lazy(() => import("./pages/NotFound"));

function useSignedIn(): string | null {
  const [token, setToken] = useState(apiKey());
  useEffect(() => onApiKeyChange(() => setToken(apiKey())), []);
  return token;
}

function ViewerRole() {
  const { viewer } = useViewer();
  return viewer ? <> ({roleLabel(viewer)})</> : null;
}

function Header() {
  const { path } = useLocation();
  const token = useSignedIn();
  const links: [string, string][] = [
    ["/", "Search"],
    ["/clusters", "Clusters"],
    ["/consortium", "Consortium builder"],
    ["/network", "Network"],
    ["/path", "Path"],
  ];
  const current = (href: string) =>
    href === "/" ? path === "/" || path === "/search" : path.startsWith(href);
  return (
    <header class="site-header">
      <a class="skip" href="#main">
        Skip to content
      </a>
      <a class="brand" href="/">
        clustergraph
      </a>
      <nav aria-label="Main">
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
            <span class="muted">
              Key {keyId(token) ?? "set"}
              <ViewerRole />
            </span>{" "}
            <button type="button" class="link" onClick={() => setApiKey(null)}>
              Sign out
            </button>
          </>
        ) : (
          <a href="/sign-in">Sign in</a>
        )}
      </div>
    </header>
  );
}

function Footer() {
  return (
    <footer class="site-footer">
      <p>
        Source: European Commission, CORDIS, © European Union, CC BY 4.0 (Horizon Europe as of
        6 December 2025; some Horizon 2020 organisation names from the Horizon Dashboard). Cluster names,
        sectors and governance model from the Luxembourg Cluster Initiative press release of 3 October
        2013; people are placeholders, measurements illustrative, and memberships marked “derived”
        are inferred from projects, not official member lists.
      </p>
      <p>
        <a href="/graphql">GraphQL API (GraphiQL)</a>
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

export function App() {
  return (
    <LocationProvider>
      <Header />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Router onRouteChange={focusNewPage}>
            <Route path="/" component={Search} />
            <Route path="/search" component={Search} />
            <Route path="/organizations/:id" component={Organization} />
            <Route path="/clusters" component={Clusters} />
            <Route path="/clusters/:id" component={Cluster} />
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
