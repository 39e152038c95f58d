import { safeParseCase, safeParseTeam } from "@rapport/core";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { defineLookup } from "./define-lookup";
import { defineSourceAdapter } from "./define-source-adapter";

const asOf = new Date("2024-06-01T00:00:00Z");

// The smallest complete adapter, as docs/sources.md shows it.
const status = defineLookup({ field: "state", table: { open: "open", done: "solved" } });
const desk = defineSourceAdapter({
  system: "desk",
  recognise: (input) => typeof input === "object" && input !== null && "issues" in input,
  split(input, sink) {
    const body = input as { issues?: unknown };
    if (!Array.isArray(body.issues)) {
      sink.reject("page", null, "issues", "expected an array of issues");
      return;
    }
    for (const raw of body.issues) sink.add("issue", raw);
  },
  schemas: {
    issue: z.object({
      id: z.coerce.string(),
      customer: z.coerce.string(),
      state: z.string(),
      opened: z.coerce.date(),
      changed: z.coerce.date().optional(),
    }),
  },
  lookups: { status },
  map: {
    issue(issue, { out, id, ref }) {
      const value = status.get(issue.state);
      if (!value) return out.reject("issue", issue.id, status.field, status.reason(issue.state));
      out.add(
        "cases",
        "issue",
        issue.id,
        safeParseCase({
          id: id(issue.id),
          customerId: id(issue.customer),
          channel: "web",
          status: value,
          createdAt: issue.opened,
          ...(issue.changed ? { updatedAt: issue.changed } : {}),
          source: ref(issue.id),
        }),
      );
    },
  },
});

describe("defineSourceAdapter: the smallest complete adapter", () => {
  const issues = [
    { id: 1, customer: 7, state: "open", opened: "2024-05-01T10:00:00Z" },
    { id: 2, customer: 7, state: "archived", opened: "2024-05-02T10:00:00Z" },
    { id: 3, customer: 8, state: "done", opened: "not a date" },
    { id: 1, customer: 7, state: "open", opened: "2024-05-01T10:00:00Z" },
    {
      id: 4,
      customer: 9,
      state: "done",
      opened: "2024-05-03T10:00:00Z",
      changed: "2030-01-01T00:00:00Z",
    },
  ];
  const result = desk.import({ issues }, { asOf });

  it("accounts for each of the five input records", () => {
    expect(result.report.records.map((r) => [r.sourceId, r.status, r.field])).toEqual([
      ["3", "rejected", "opened"],
      ["1", "accepted", undefined],
      ["2", "rejected", "state"],
      ["1", "duplicate", undefined],
      ["4", "rejected", "updatedAt"],
    ]);
    expect(result.cases.map((c) => c.id)).toEqual(["desk:1"]);
  });

  it("writes the lookup's message and the asOf message", () => {
    expect(result.report.records[2]?.reason).toBe(
      'expected one of "open" | "done", received "archived"',
    );
    expect(result.report.records[4]?.reason).toBe(
      "expected a time not after asOf (2024-06-01T00:00:00.000Z), received 2030-01-01T00:00:00.000Z",
    );
  });

  it("names the system and the lookups, and recognises its payloads", () => {
    expect(desk.system).toBe("desk");
    expect(desk.lookups["status"]).toBe(status);
    expect(desk.recognise({ issues: [] })).toBe(true);
    expect(desk.recognise([1])).toBe(false);
  });

  it("reports what is no record, and requires asOf as a Date", () => {
    expect(desk.import({ issues: 3 }, { asOf }).report.records).toEqual([
      {
        entity: "page",
        sourceId: null,
        status: "rejected",
        field: "issues",
        reason: "expected an array of issues",
      },
    ]);
    expect(() => desk.import({ issues }, { asOf: "2024" as unknown as Date })).toThrow(
      new TypeError('importDesk: options.asOf: expected a Date, received "2024"'),
    );
  });
});

describe("defineSourceAdapter: a defect in one record", () => {
  const groups = [
    { id: 1, name: "ok" },
    { id: 2, name: "throws" },
    { id: 3, name: "silent" },
    { id: 4, name: "ok too" },
  ];
  const adapter = defineSourceAdapter({
    system: "x",
    recognise: () => {
      throw new Error("never thrown at the caller");
    },
    split(input, sink) {
      for (const raw of input as unknown[]) sink.add("group", raw);
    },
    schemas: () => ({ group: z.object({ id: z.coerce.string(), name: z.string() }) }),
    map: {
      group(group, { out, id }) {
        if (group.name === "throws") throw new Error("a bug");
        if (group.name === "silent") return;
        out.add("teams", "group", group.id, safeParseTeam({ id: id(group.id), name: group.name }));
      },
    },
  });

  it("rejects that record alone, and the import goes on", () => {
    const { report, teams } = adapter.import(groups, { asOf });
    expect(report.records.map((r) => [r.sourceId, r.status, r.reason])).toEqual([
      ["1", "accepted", undefined],
      ["2", "rejected", "unexpected error while mapping the record: Error: a bug"],
      ["3", "rejected", "the adapter gave this record no outcome"],
      ["4", "accepted", undefined],
    ]);
    expect(teams).toHaveLength(2);
  });

  it("answers false where recognise throws", () => {
    expect(adapter.recognise({})).toBe(false);
  });
});

describe("defineSourceAdapter: joins, parsed records inside others, children", () => {
  type State = { readonly owners: Map<string, string> };
  const adapter = defineSourceAdapter({
    system: "y",
    recognise: () => true,
    split(input, sink) {
      for (const raw of (input as { folders: unknown[] }).folders) sink.add("folder", raw);
    },
    schemas: {
      folder: z.object({ id: z.string(), owner: z.string(), notes: z.array(z.unknown()) }),
      note: z.object({ id: z.string(), text: z.string() }),
    },
    state: (): State => ({ owners: new Map() }),
    joins: {
      note(records, context) {
        for (const folder of records.folder) {
          for (const raw of folder.notes) {
            const note = context.parse("note", raw, `in folder ${folder.id}`);
            if (note) {
              records.note.push(note);
              context.state.owners.set(note.id, folder.owner);
            }
          }
        }
      },
    },
    map: {
      folder(folder, { out, each }) {
        out.merged("folder", folder.id);
        each("tag", [{ id: "a" }, { id: "b" }], (tag) => {
          if (tag.id === "b") throw new Error("tag b");
          out.ignore("tag", tag.id, "tags are not imported");
        });
      },
      note(note, { out, state }) {
        out.ignore("note", note.id, `owned by ${state.owners.get(note.id)}`);
      },
    },
  });

  it("maps in the order of map, runs a join before its entity, guards each child", () => {
    const { report } = adapter.import(
      { folders: [{ id: "f", owner: "ann", notes: [{ id: "n1", text: "hi" }, { id: "n2" }] }] },
      { asOf },
    );
    expect(report.records.map((r) => [r.entity, r.sourceId, r.status, r.reason])).toEqual([
      ["folder", "f", "accepted", undefined],
      ["tag", "a", "ignored", "tags are not imported"],
      ["tag", "b", "rejected", "unexpected error while mapping the record: Error: tag b"],
      [
        "note",
        "n2",
        "rejected",
        "Invalid input: expected string, received undefined (in folder f)",
      ],
      ["note", "n1", "ignored", "owned by ann"],
    ]);
  });
});
