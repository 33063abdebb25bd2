// GraphiQL for the service's /graphql page, built from the npm packages so that nothing is
// fetched from a CDN. The query and variables are kept in the URL (?query=&variables=).
import { explorerPlugin } from "@graphiql/plugin-explorer";
import "@graphiql/plugin-explorer/style.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { forgetPersisted, tabStorage } from "./storage";

const EXAMPLE = `# clustergraph's GraphQL API.
# Run the query below: Ctrl-Enter or the ▶ button.
# Icons on the left: the documentation of every
# query and field, the history, and the Explorer,
# which builds a query by ticking fields.
# The web page for people: "clustergraph", top right.
# Cluster managers add a header below to write:
# {"Authorization": "Bearer cgk_..."}
{
  cluster(id: "lci-automotive") {
    name
    stats { members projects }
    members(first: 5) { edges { node { id name kind } } }
  }
}
`;

const params = new URLSearchParams(window.location.search);

function remember(key: string, value: string | undefined): void {
  if (value) params.set(key, value);
  else params.delete(key);
  history.replaceState(null, "", `?${params.toString()}`);
}

const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });
// This tab only, and never the headers (an API key): see ./storage.ts.
forgetPersisted(localStorage);
const storage = tabStorage(sessionStorage);
const plugins = [explorerPlugin()];

const options = {
  fetcher,
  plugins,
  defaultQuery: EXAMPLE,
  query: params.get("query") ?? undefined,
  variables: params.get("variables") ?? undefined,
  onEditQuery: (value: string) => remember("query", value),
  onEditVariables: (value: string) => remember("variables", value),
  isHeadersEditorEnabled: true,
  shouldPersistHeaders: false,
  storage,
};
// In the logo's place, the way back to the web page.
const home = createElement(GraphiQL.Logo, null, createElement("a", { href: "/" }, "clustergraph"));

createRoot(document.getElementById("graphiql")!).render(createElement(GraphiQL, options, home));
