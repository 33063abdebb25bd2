// Every unit test starts with the page's i18n in English, as a first visit without a
// language setting would; a test may switch with setLocale.
import { beforeEach } from "vitest";
import { setLocale, startI18n } from "../../src/i18n";

await startI18n("", []);

beforeEach(async () => {
  await setLocale("en");
});
