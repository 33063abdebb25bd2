import { CombinedError } from "@urql/core";
import { describe, expect, it } from "vitest";
import { setLocale } from "../../src/i18n";
import { errorMessage } from "../../src/lib/client";

function refusedWith(code: string, message = "The API's own words"): CombinedError {
  return new CombinedError({ graphQLErrors: [{ message, extensions: { code } }] });
}

describe("a failed request in words", () => {
  it("says to wait when the service counted too many requests, in the reader's language", async () => {
    expect(errorMessage(refusedWith("RATE_LIMITED"))).toBe(
      "Too many requests from your connection in a short time. Wait a minute, then try again.",
    );
    await setLocale("de");
    expect(errorMessage(refusedWith("RATE_LIMITED"))).toContain("Warten Sie eine Minute");
  });

  it("says a refused key is refused, never the API's English", () => {
    const message = errorMessage(refusedWith("UNAUTHENTICATED"));
    expect(message).toContain("access key was refused");
    expect(message).not.toContain("API's own words");
  });
});

describe("a brief that says only who and where", () => {
  it("asks for the subject in the reader's language, not in the API's English", async () => {
    await setLocale("fr");
    const message = errorMessage(
      refusedWith(
        "BAD_USER_INPUT",
        "input.brief: 'PME luxembourgeoises' says which organisations (PME, luxembourgeoises) but not what they should work on; add the subject, e.g. 'battery recycling'",
      ),
    );
    expect(message).toContain("pas sur quoi elles devraient travailler");
    await setLocale("en");
  });
});
