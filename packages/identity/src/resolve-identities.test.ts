import { describe, expect, it } from "vitest";
import type { IdentityRecord } from "./identity-record";
import type { IdentityRules } from "./identity-rules";
import { resolveIdentities } from "./resolve-identities";

const RULES: IdentityRules = {
  identifiers: {
    externalId: { kind: "external", priority: 1, unique: true },
    email: { priority: 2 },
    phone: { priority: 3 },
  },
  defaultRegion: "GB",
};

const groups = (records: readonly IdentityRecord[], rules = RULES) =>
  resolveIdentities(records, rules).identities.map((i) => i.recordIds);

describe("resolveIdentities, deterministic rules", () => {
  it("joins on normalised e-mails and phones, transitively", () => {
    const result = resolveIdentities(
      [
        { id: "z1", system: "zendesk", fields: { email: "Ada@Example.com" } },
        {
          id: "i1",
          system: "intercom",
          fields: { email: " ada@example.com", phone: "+44 20 7946 0000" },
        },
        { id: "s1", system: "segment", fields: { phone: "020 7946 0000" } },
        { id: "s2", system: "segment", fields: { phone: "020 7946 0001" } },
      ],
      RULES,
    );
    expect(result.identities.map((i) => i.recordIds)).toEqual([["i1", "s1", "z1"], ["s2"]]);
    expect(result.identities[0]?.systems).toEqual(["intercom", "segment", "zendesk"]);
    expect(result.identities[0]?.links).toEqual([
      {
        by: "identifier",
        records: ["i1", "z1"],
        field: "email",
        value: "ada@example.com",
        priority: 2,
      },
      {
        by: "identifier",
        records: ["i1", "s1"],
        field: "phone",
        value: "+442079460000",
        priority: 3,
      },
    ]);
  });

  it("never merges two values of a unique identifier, through any shared e-mail", () => {
    const result = resolveIdentities(
      [
        { id: "a", fields: { externalId: "zendesk:1", email: "team@example.com" } },
        { id: "b", fields: { externalId: "zendesk:2", email: "team@example.com" } },
        { id: "c", fields: { externalId: "intercom:9", email: "team@example.com" } },
      ],
      RULES,
    );
    // c may join a (one id per system), b may not join a or c's identity.
    expect(result.identities.map((i) => i.recordIds)).toEqual([["a", "c"], ["b"]]);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({
      field: "externalId",
      values: ["zendesk:1", "zendesk:2"],
      reason: "externalId is unique and the records hold different values (zendesk:1, zendesk:2)",
      link: { by: "identifier", records: ["a", "b"], field: "email" },
    });
  });

  it("keeps an identity within an identifier's limit and reports the join it refused", () => {
    const records: IdentityRecord[] = [
      { id: "a", fields: { email: ["x@example.com", "y@example.com"], phone: "+447700900001" } },
      { id: "b", fields: { email: "z@example.com", phone: "+447700900001" } },
    ];
    const rules: IdentityRules = {
      identifiers: { email: { priority: 2, limit: 2 }, phone: { priority: 3 } },
    };
    const result = resolveIdentities(records, rules);
    expect(result.identities).toHaveLength(2);
    expect(result.conflicts[0]?.reason).toBe(
      "one customer may hold at most 2 values of email; this join would give 3",
    );
  });

  it("never joins on blocked values, built in or listed", () => {
    const result = resolveIdentities(
      [
        { id: "a", fields: { email: "noreply@shop.example", phone: "0" } },
        { id: "b", fields: { email: "noreply@shop.example", phone: "0" } },
        { id: "c", fields: { email: "support@shop.example" } },
        { id: "d", fields: { email: "Support@shop.example" } },
        { id: "e", fields: { email: "anyone@test.example" } },
        { id: "f", fields: { email: "anyone@test.example" } },
      ],
      {
        identifiers: { email: { priority: 1 }, phone: { priority: 2, kind: "exact" } },
        blocked: ["support@shop.example", "*@test.example"],
      },
    );
    expect(result.identities).toHaveLength(6);
    expect(result.blocked.map((b) => `${b.recordId} ${b.field}`)).toEqual([
      "a email",
      "a phone",
      "b email",
      "b phone",
      "c email",
      "d email",
      "e email",
      "f email",
    ]);
    expect(result.unidentified).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("reports malformed values, never joins on them, and keeps records without identifiers", () => {
    const result = resolveIdentities(
      [
        { id: "a", fields: { email: "ada@", phone: "12" } },
        { id: "b", fields: { email: "ada@", phone: "12" } },
        { id: "c", fields: { name: "Ada" } },
        { id: "d", fields: { externalId: "no-system" } },
      ],
      RULES,
    );
    expect(result.identities).toHaveLength(4);
    expect(result.unidentified).toEqual(["a", "b", "c", "d"]);
    expect(result.invalid).toEqual([
      {
        recordId: "a",
        field: "email",
        value: "ada@",
        reason: "not an e-mail address: no domain after @",
      },
      {
        recordId: "a",
        field: "phone",
        value: "12",
        reason: 'not a phone number: "12" has the wrong length for GB',
      },
      {
        recordId: "b",
        field: "email",
        value: "ada@",
        reason: "not an e-mail address: no domain after @",
      },
      {
        recordId: "b",
        field: "phone",
        value: "12",
        reason: 'not a phone number: "12" has the wrong length for GB',
      },
      {
        recordId: "d",
        field: "externalId",
        value: "no-system",
        reason: 'not an external id: "no-system" is not system:id',
      },
    ]);
  });

  it("gives the same identities whatever the order of the records", () => {
    const records: IdentityRecord[] = [
      { id: "a", fields: { externalId: "zendesk:1", email: "x@example.com" } },
      { id: "b", fields: { email: "x@example.com", phone: "+447700900002" } },
      { id: "c", fields: { externalId: "zendesk:2", phone: "+447700900002" } },
      { id: "d", fields: { email: "x@example.com" } },
    ];
    const expected = groups(records);
    expect(expected).toEqual([["a", "b", "d"], ["c"]]);
    expect(groups([...records].reverse())).toEqual(expected);
    expect(groups([records[2]!, records[0]!, records[3]!, records[1]!])).toEqual(expected);
  });

  it("rejects wrong arguments with errors that name them", () => {
    expect(() => resolveIdentities("x" as never, RULES)).toThrow(
      new TypeError('resolveIdentities: records: expected an array of records, received "x"'),
    );
    expect(() => resolveIdentities([], null as never)).toThrow(TypeError);
    expect(() => resolveIdentities([{ id: 1 } as never], RULES)).toThrow(TypeError);
    expect(() =>
      resolveIdentities(
        [
          { id: "a", fields: {} },
          { id: "a", fields: {} },
        ],
        RULES,
      ),
    ).toThrow(
      new RangeError(
        'resolveIdentities: records[1].id: expected an id not used by an earlier record, received "a"',
      ),
    );
    expect(() =>
      resolveIdentities([], { identifiers: { email: { priority: Number.NaN } } }),
    ).toThrow(RangeError);
    expect(() =>
      resolveIdentities([], { identifiers: { email: { priority: 1, kind: "fax" as never } } }),
    ).toThrow(RangeError);
    expect(() =>
      resolveIdentities([], { identifiers: { email: { priority: 1, limit: 0 } } }),
    ).toThrow(RangeError);
    expect(() => resolveIdentities([], { compare: { name: "soundex" as never } })).toThrow(
      RangeError,
    );
    expect(() => resolveIdentities([], { compare: { name: "name" }, matchThreshold: 1 })).toThrow(
      new RangeError(
        "resolveIdentities: rules.matchThreshold: expected a probability in (0, 1), received 1",
      ),
    );
  });
});
