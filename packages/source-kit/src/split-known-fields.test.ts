import { describe, expect, it } from "vitest";
import * as z from "zod";
import { defineSourceAdapter } from "./define-source-adapter";
import { fastObject, field } from "./fast-object";
import { precompiledCheck } from "./precompiled-check";

const asOf = new Date("2024-06-01T00:00:00Z");
const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

// Threads found inside their conversation are told its id by the split, as `known` fields.
function threads(withCheck: boolean) {
  const schema = z.object({ id: z.string().min(1), conversationId: z.string().min(1) });
  const thread = withCheck
    ? precompiledCheck(
        schema,
        fastObject({ id: field.required(text), conversationId: field.required(text) }),
      )
    : schema;
  return defineSourceAdapter({
    system: "desk",
    recognise: () => true,
    split(input, sink) {
      for (const conversation of input as { id: string; threads: unknown[] }[]) {
        for (const raw of conversation.threads) {
          sink.add("thread", raw, { conversationId: conversation.id });
        }
      }
    },
    schemas: { thread },
    map: {
      thread(parsed, { out }) {
        out.ignore("thread", parsed.id, `in conversation ${parsed.conversationId}`);
      },
    },
  });
}

const input = [
  {
    id: "c1",
    threads: [
      { id: "t1", body: "hello" },
      // Its own conversationId is wrong: the split's wins, as with a spread over it.
      { id: "t2", conversationId: 5 },
      { body: "no id" },
    ],
  },
];

describe("defineSourceAdapter: fields the split knows", () => {
  it("parses each record as if it had them, on the fast path and through zod alike", () => {
    const expected = [
      { entity: "thread", sourceId: "t1", status: "ignored", reason: "in conversation c1" },
      { entity: "thread", sourceId: "t2", status: "ignored", reason: "in conversation c1" },
      {
        entity: "thread",
        sourceId: null,
        status: "rejected",
        field: "id",
        reason: "Invalid input: expected string, received undefined",
      },
    ];
    // Records the zod report lists in input order, the rejection first (at parse time).
    const order = (records: readonly { status: string }[]) =>
      [...records].sort((a, b) => (a.status === b.status ? 0 : a.status === "ignored" ? -1 : 1));
    for (const withCheck of [true, false]) {
      const { report } = threads(withCheck).import(input, { asOf });
      expect(order(report.records)).toEqual(expected);
    }
  });

  it("leaves the input as it was", () => {
    const copy = structuredClone(input);
    threads(true).import(input, { asOf });
    expect(input).toEqual(copy);
  });
});
