import { describe, expect, it } from "vitest";
import { time, yearStarts } from "../../src/views/objectivesChart";

describe("objectives chart axis", () => {
  it("ticks at 1 January, so a 31 December deadline sits at the end of its year", () => {
    const ticks = yearStarts(time("2015-12-31"), time("2020-12-31"));
    expect(ticks.map((tick) => new Date(tick).toISOString().slice(0, 10))).toEqual([
      "2015-01-01",
      "2016-01-01",
      "2017-01-01",
      "2018-01-01",
      "2019-01-01",
      "2020-01-01",
      "2021-01-01",
    ]);
    const deadline = time("2020-12-31");
    const [start2020, start2021] = [ticks[5], ticks[6]];
    expect(deadline).toBeGreaterThan(start2020);
    expect(start2021 - deadline).toBe(86_400_000);
  });
});
