import { describe, expect, it } from "vitest";
import * as z from "zod";
import { encodeCase, parseCase } from "./case";
import { DateTimeSchema } from "./date-time";
import { agentId, caseId, customerId, recordId, teamId } from "./ids";
import { isTimeZone } from "./intl-names";
import { RapportValidationError } from "./rapport-validation-error";
import { LocaleSchema, TimeZoneSchema } from "./time-zone";

describe("DateTimeSchema", () => {
  it("reads offsets and Z as the same instant", () => {
    const a = z.decode(DateTimeSchema, "2024-03-31T01:30:00+01:00");
    const b = z.decode(DateTimeSchema, "2024-03-31T00:30:00Z");
    expect(a.getTime()).toBe(b.getTime());
  });

  it("accepts a Date as it is and rejects an invalid one", () => {
    const date = new Date("2024-01-01T00:00:00Z");
    expect(DateTimeSchema.parse(date)).toBe(date);
    expect(DateTimeSchema.safeParse(new Date(Number.NaN)).success).toBe(false);
    expect(DateTimeSchema.safeParse(1_700_000_000_000).success).toBe(false);
  });
});

describe("ids", () => {
  it("brand non-empty strings and reject empty ones", () => {
    expect(customerId("c")).toBe("c");
    expect(agentId("a")).toBe("a");
    expect(teamId("t")).toBe("t");
    expect(caseId("k")).toBe("k");
    expect(recordId("r")).toBe("r");
    expect(() => customerId("")).toThrow(
      new RangeError('customerId: value: expected a non-empty customer id, received ""'),
    );
    expect(() => customerId(42 as never)).toThrow(TypeError);
  });
});

describe("time zones and locales", () => {
  it("know IANA names", () => {
    expect(isTimeZone("Australia/Lord_Howe")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(TimeZoneSchema.safeParse("Europe/Paris").success).toBe(true);
    expect(LocaleSchema.safeParse("pt-BR").success).toBe(true);
  });
});

describe("encode", () => {
  it("rejects a value that is not a valid in-memory entity", () => {
    const kase = parseCase({
      id: "c",
      customerId: "u",
      channel: "email",
      status: "open",
      createdAt: "2024-01-01T00:00:00Z",
    });
    expect(() => encodeCase({ ...kase, createdAt: new Date(Number.NaN) })).toThrow(
      RapportValidationError,
    );
  });
});
