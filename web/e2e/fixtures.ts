// Shared by every end-to-end test: no request may leave the service (no CDN), and no page may
// log an uncaught error; screenshots go to test-results/screenshots.
import { test as base, expect, type Page } from "@playwright/test";

export const SCREENSHOTS = "test-results/screenshots";

export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      const outside: string[] = [];
      const errors: string[] = [];
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) outside.push(url);
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use();
      expect(outside, "requests to other origins").toEqual([]);
      expect(errors, "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

export const UL = "pic-999878620";
export const UL_NAME = "UNIVERSITE DU LUXEMBOURG";
