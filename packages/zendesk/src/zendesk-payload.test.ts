import { describe, expect, it } from "vitest";
import { zendeskSchemas } from "./zendesk-payload";

describe("Zendesk timestamps", () => {
  const time = zendeskSchemas().ZendeskTimeSchema;
  it.each([
    ["2012-09-06T20:15:09Z", "2012-09-06T20:15:09.000Z"],
    ["2024-02-29T23:00:00+01:00", "2024-02-29T22:00:00.000Z"],
    ["2024-03-01T09:30:00.250Z", "2024-03-01T09:30:00.250Z"],
  ])("reads %s as %s", (wire, iso) => {
    expect(time.parse(wire).toISOString()).toBe(iso);
  });

  it.each([
    ["2023-02-29T00:00:00Z"], // not a leap year
    ["2024-02-30T00:00:00Z"],
    ["2024-13-01T00:00:00Z"],
    ["2024-01-01T25:00:00Z"],
    ["2024-01-01T10:00:00"], // no offset: the instant would depend on the machine
    ["2024-01-01"],
    [1704067200],
    [null],
  ])("rejects %s", (wire) => {
    expect(time.safeParse(wire).success).toBe(false);
  });
});

describe("Zendesk ids", () => {
  const id = zendeskSchemas().ZendeskIdSchema;
  it("keeps integers and strings as strings", () => {
    expect(id.parse(35436)).toBe("35436");
    expect(id.parse("abc")).toBe("abc");
  });
  it.each([[-1], [1.5], [""], [null], [{}], [Number.MAX_SAFE_INTEGER + 2]])("rejects %s", (v) => {
    expect(id.safeParse(v).success).toBe(false);
  });
});

describe("Zendesk via", () => {
  const ticket = zendeskSchemas().ZendeskTicketSchema;
  const base = { id: 1, requester_id: 2, status: "open", created_at: "2024-01-01T00:00:00Z" };
  it("reads via down to its channel, missing or null as none", () => {
    expect(ticket.parse({ ...base, via: { channel: "email", source: {} } }).via).toBe("email");
    expect(ticket.parse({ ...base, via: null }).via).toBeUndefined();
    expect(ticket.parse(base).via).toBeUndefined();
    expect(ticket.parse({ ...base, via: {} }).via).toBeUndefined();
  });
  it("rejects a via that is not an object", () => {
    const result = ticket.safeParse({ ...base, via: "email" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["via"]);
  });
});
