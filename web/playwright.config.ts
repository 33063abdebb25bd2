// End-to-end tests in Debian's Chromium (browser downloads are not possible here) against a
// running service: tests/test_web.py starts one on a Neo4j loaded with the demo and runs these.
import { defineConfig } from "@playwright/test";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/artifacts",
  // Two browsers at once (CI has two cores). The tests that write (a membership, an
  // organisation) run after all the others, one at a time, so no test reads a count or a
  // list while another changes it.
  workers: 2,
  projects: [
    { name: "pages", grepInvert: /@writes/, fullyParallel: true },
    { name: "writes", grep: /@writes/, dependencies: ["pages"], workers: 1 },
  ],
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [["list"]],
  use: {
    baseURL: process.env.CLUSTERGRAPH_URL ?? "http://127.0.0.1:8000",
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
    acceptDownloads: true,
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
  },
});
