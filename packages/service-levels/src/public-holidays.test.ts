import { describe, expect, it } from "vitest";
import { businessTimeBetween } from "./business-time-between";
import { publicHolidays } from "./public-holidays";
import { defineSchedule } from "./schedule";

const YEAR = { from: "2026-01-01", to: "2026-12-31" };

describe("publicHolidays", () => {
  it("gives the public holidays of a German state", () => {
    // Bavaria's public holidays by law (Feiertagsgesetz), with Easter Sunday 2026 on 04-05
    // (python3 -c "from dateutil.easter import easter; print(easter(2026))"): Good Friday
    // Easter − 2, Easter Monday + 1, Ascension + 39, Whit Monday + 50, Corpus Christi + 60.
    // Assumption Day (08-15) is a holiday only in Catholic municipalities, so not state-wide.
    expect(publicHolidays("DE-BY", YEAR).map((h) => h.date)).toEqual([
      "2026-01-01",
      "2026-01-06",
      "2026-04-03",
      "2026-04-06",
      "2026-05-01",
      "2026-05-14",
      "2026-05-25",
      "2026-06-04",
      "2026-10-03",
      "2026-11-01",
      "2026-12-25",
      "2026-12-26",
    ]);
    // Berlin has neither Epiphany nor Corpus Christi, but International Women's Day (03-08).
    const berlin = publicHolidays("de-be", YEAR).map((h) => h.date);
    expect(berlin).toContain("2026-03-08");
    expect(berlin).not.toContain("2026-01-06");
    expect(berlin).not.toContain("2026-06-04");
  });

  it("names days in English, includes observed substitutes, and keeps to the range", () => {
    const us = publicHolidays("US", { from: "2026-07-01", to: "2026-07-31" });
    // 2026-07-04 is a Saturday: the federal holiday is observed on Friday 07-03 (5 U.S.C. 6103).
    expect(us.map((h) => h.date)).toEqual(["2026-07-03", "2026-07-04"]);
    expect(us[1]!.name).toBe("Independence Day");
  });

  it("makes an afternoon closure a partial holiday, when bank holidays are asked for", () => {
    const de = publicHolidays("DE", { from: "2026-12-24", to: "2026-12-24", types: ["bank"] });
    expect(de).toEqual([{ date: "2026-12-24", from: "14:00", to: "24:00", name: "Christmas Eve" }]);
    const day = [{ from: "09:00", to: "17:00" }];
    const schedule = defineSchedule({
      timeZone: "Europe/Berlin",
      weekly: { thursday: day },
      holidays: de,
    });
    // Thursday 2026-12-24: open 09:00-14:00 CET (08:00-13:00Z), 5 h.
    expect(
      businessTimeBetween(
        new Date("2026-12-24T00:00:00Z"),
        new Date("2026-12-25T00:00:00Z"),
        schedule,
      ),
    ).toBe(5 * 3_600_000);
  });

  it("rejects unknown countries, regions and types, naming the value", () => {
    expect(() => publicHolidays("XX", YEAR)).toThrow(
      'publicHolidays: code: expected a country (and region) known to date-holidays, received "XX"',
    );
    expect(() => publicHolidays("DE-ZZ", YEAR)).toThrow(RangeError);
    expect(() => publicHolidays("Germany", YEAR)).toThrow(RangeError);
    expect(() => publicHolidays(49 as never, YEAR)).toThrow(TypeError);
    expect(() => publicHolidays("DE", { ...YEAR, types: ["holiday" as never] })).toThrow(
      RangeError,
    );
    expect(() => publicHolidays("DE", { from: "2026", to: "2026-12-31" })).toThrow(RangeError);
  });
});
