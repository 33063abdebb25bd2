import { chromium } from "playwright";
const base = "http://127.0.0.1:8000";
const [name, path, width, height, selector] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(base + path);
await page.waitForTimeout(3000);
if (selector) {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/s/shots/${name}.png` });
  const items = page.locator(selector + " > li");
  const n = await items.count();
  for (let i = 0; i < Math.min(n, 15); i++) console.log(i + 1, (await items.nth(i).innerText()).split("\n").slice(0, 4).join(" | ").slice(0, 400));
} else {
  await page.screenshot({ path: `/tmp/s/shots/${name}.png` });
}
await browser.close();
