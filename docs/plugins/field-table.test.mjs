import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fieldTable, typeText } from "./field-table.mjs";

describe("typeText", () => {
  it("names types as the docs write them", () => {
    assert.equal(typeText({ title: "CustomerId", type: "string" }), "CustomerId");
    assert.equal(typeText({ type: "string", enum: ["low", "high"] }), '"low" | "high"');
    assert.equal(typeText({ const: "nps" }), '"nps"');
    assert.equal(typeText({ type: "integer", minimum: 0, maximum: 10 }), "integer from 0 to 10");
    assert.equal(typeText({ type: "number", minimum: 0 }), "number ≥ 0");
    assert.equal(typeText({ type: "number", exclusiveMinimum: 0 }), "number > 0");
    assert.equal(typeText({ type: "array", items: { type: "string" } }), "string[]");
    assert.equal(
      typeText({ type: "array", items: { type: "string", enum: ["a", "b"] } }),
      '("a" | "b")[]',
    );
    assert.equal(
      typeText({ anyOf: [{ type: "string", format: "date-time" }, {}] }),
      "ISO 8601 date-time (or a `Date`)",
    );
    assert.equal(typeText({ type: "object", additionalProperties: {} }), "Record<string, unknown>");
    assert.equal(typeText({}), "any");
  });
});

describe("fieldTable", () => {
  it("lists fields, nested objects without a name as dotted rows, defaults as optional", () => {
    const table = fieldTable({
      type: "object",
      properties: {
        id: { type: "string", minLength: 1, title: "CaseId", description: "The id." },
        tags: { type: "array", items: { type: "string" }, default: [], description: "Tags." },
        span: {
          type: "object",
          properties: { start: { type: "string", description: "From | to." } },
          required: ["start"],
        },
      },
      required: ["id", "tags"],
    });
    assert.equal(
      table,
      [
        "**Fields** (JSON form)",
        "",
        "| field | type | required | description |",
        "| --- | --- | --- | --- |",
        "| `id` | `CaseId` | yes | The id. |",
        "| `tags` | `string[]` | no | Tags. Default: `[]`. |",
        "| `span` | `object` | no |  |",
        "| `span.start` | `string` | yes | From \\| to. |",
      ].join("\n"),
    );
  });

  it("gives a union of objects one table per variant, named by its constant fields", () => {
    const variant = (kind) => ({
      type: "object",
      properties: { kind: { const: kind }, score: { type: "integer" } },
      required: ["kind", "score"],
    });
    const table = fieldTable({ anyOf: [{ anyOf: [variant("csat")] }, variant("nps")] });
    assert.match(table, /^\*\*Fields\*\* \(JSON form\), by variant/);
    assert.match(table, /When `kind` is `"csat"`:/);
    assert.match(table, /When `kind` is `"nps"`:/);
    assert.equal(table.split("| `score` | `integer` | yes |  |").length, 3);
  });

  it("has nothing to say about a schema without fields", () => {
    assert.equal(fieldTable({ type: "string", enum: ["email", "chat"] }), undefined);
  });
});
