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

const EXAMPLE = `# clustergraph: try Ctrl-Enter. Managers add a header
# {"Authorization": "Bearer cgk_..."} below to write.
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

createRoot(document.getElementById("graphiql")!).render(
  createElement(GraphiQL, {
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
  }),
);
