// Two entries: the explorer (index.html) and GraphiQL (graphiql.html), both served by the
// service from web/dist with every asset local. Tests: vitest runs tests/unit.
import { resolve } from "node:path";
import preact from "@preact/preset-vite";
import { defineConfig } from "vitest/config";
import { europeMap } from "./scripts/europeMap";

const service = process.env.CLUSTERGRAPH_URL ?? "http://127.0.0.1:8000";

export default defineConfig({
  // GraphiQL is a React app: keep `react` pointing at React, not at preact/compat.
  // europeMap: the map of Europe from the world-atlas package, built with the page.
  plugins: [preact({ reactAliasesEnabled: false, prefreshEnabled: false }), europeMap()],
  build: {
    target: "es2022",
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, "index.html"),
        graphiql: resolve(import.meta.dirname, "graphiql.html"),
      },
    },
  },
  server: {
    proxy: { "/graphql": service },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    setupFiles: ["tests/unit/setup.ts"],
    environment: "node",
  },
});
