import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { businessTimeBetween } from "@rapport/service-levels";
import { describe, expect, it } from "vitest";
import { InputFileError } from "./input-file-error";
import { readSchedule } from "./read-schedule";

const dir = mkdtempSync(join(tmpdir(), "rapport-schedule-"));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};
const range = { from: "2026-01-01", to: "2026-12-31" };
const none = { schedule: null, holidays: null, slaPolicy: null };
const hours = {
  timeZone: "Europe/London",
  weekly: { friday: [{ from: "09:00", to: "17:00" }] },
};

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputFileError);
    return (error as Error).message;
  }
  throw new Error("expected a failure");
}

describe("readSchedule", () => {
  it("reads a schedule, adds a country's holidays, and attaches it to the policies", async () => {
    const read = await readSchedule(
      {
        schedule: write("hours.json", hours),
        holidays: "GB-ENG",
        slaPolicy: write("sla.json", [
          {
            name: "Fast",
            match: { channels: ["chat"] },
            targets: { normal: { firstReply: { minutes: 30, time: "business" } } },
          },
          { name: "Rest", targets: { normal: { firstReply: { minutes: 480, time: "business" } } } },
        ]),
      },
      range,
    );
    expect(read.policies.map((p) => [p.name, p.schedule === read.schedule])).toEqual([
      ["Fast", true],
      ["Rest", true],
    ]);
    // Good Friday 2026-04-03 is an English bank holiday: closed; the Friday after is open.
    const friday = (d: string) =>
      businessTimeBetween(new Date(`${d}T00:00:00Z`), new Date(`${d}T23:00:00Z`), read.schedule!);
    expect(friday("2026-04-03")).toBe(0);
    expect(friday("2026-04-10")).toBe(8 * 3_600_000);
    // The eight bank holidays of England in 2026 (Boxing Day observed on Monday 12-28), and
    // Boxing Day itself (Saturday 12-26), which date-holidays lists as well.
    expect(read.importedHolidays).toBe(9);
  });

  it("reads holidays from an iCalendar file", async () => {
    const ics = write(
      "closed.ics",
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20260612\r\nSUMMARY:Offsite\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    const read = await readSchedule(
      { ...none, schedule: write("h2.json", hours), holidays: ics },
      range,
    );
    expect(read.importedHolidays).toBe(1);
    expect(read.schedule!.holidays.has("2026-06-12")).toBe(true);
  });

  it("names the file and the field of every problem, one line each", async () => {
    const bad = write("bad.json", {
      timeZone: "Europe/Lundun",
      weekly: { friday: [{ from: "09:00", to: "25:00" }] },
    });
    const message = await failure(readSchedule({ ...none, schedule: bad }, range));
    expect(message.split("\n")).toEqual([
      `${bad}: timeZone: expected an IANA time-zone name such as "Europe/Berlin", received "Europe/Lundun"`,
      `${bad}: weekly.friday[0].to: expected "HH:mm" (00:00-24:00), received "25:00"`,
    ]);
    expect(
      await failure(readSchedule({ ...none, schedule: write("x.json", "{ nope") }, range)),
    ).toMatch(/x\.json: not valid JSON/);
    expect(
      await failure(readSchedule({ ...none, schedule: join(dir, "missing.json") }, range)),
    ).toMatch(/missing\.json: cannot be read \(ENOENT\)/);
    expect(
      await failure(
        readSchedule({ ...none, schedule: write("h3.json", hours), holidays: "Narnia" }, range),
      ),
    ).toBe(
      '--holidays: expected an iCalendar file (.ics) or a country code such as "DE" or "US-CA", received "Narnia"',
    );
    // A business-time target without a schedule, and an unknown metric in a list's second policy.
    const policy = write("p.json", [
      { name: "A", targets: { normal: { firstReply: { minutes: 60, time: "calendar" } } } },
      { name: "B", targets: { normal: { lunch: { minutes: 60, time: "calendar" } } } },
    ]);
    expect(await failure(readSchedule({ ...none, slaPolicy: policy }, range))).toBe(
      `${policy}: [1].targets.normal.lunch: expected a metric, one of "firstReply" | "nextReply" | "periodicUpdate" | "pausableUpdate" | "requesterWait" | "agentWork" | "resolution", received "lunch"`,
    );
  });
});
