// A typedoc plugin that lists the fields of every entity of @rapport/core on its pages: for
// each exported zod object schema `XSchema` (and its types `X` and `XJson`), a markdown table
// of the fields with their types and descriptions, generated from the JSON Schema of the
// built package (zod's `schema.toJSONSchema({ io: "input" })`), so the docs show exactly what
// the schema accepts.
import { Converter, ReflectionKind } from "typedoc";
import { fieldTable } from "./field-table.mjs";

const core = await import("@rapport/core");

/** The table of each schema name's base (`Customer` for `CustomerSchema`). */
function tables() {
  const byName = new Map();
  for (const [name, value] of Object.entries(core)) {
    if (!name.endsWith("Schema") || typeof value?.toJSONSchema !== "function") continue;
    let json;
    try {
      json = value.toJSONSchema({ io: "input", unrepresentable: "any" });
    } catch {
      continue;
    }
    const table = fieldTable(json);
    if (table) byName.set(name.slice(0, -"Schema".length), table);
  }
  return byName;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  const byName = tables();
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const kinds = ReflectionKind.Variable | ReflectionKind.TypeAlias | ReflectionKind.Interface;
    for (const reflection of context.project.getReflectionsByKind(kinds)) {
      if (reflection.parent?.name !== "@rapport/core" || !reflection.comment) continue;
      const base = reflection.name.replace(/(Schema|Json)$/, "");
      const table = byName.get(base);
      if (!table) continue;
      reflection.comment.summary.push({ kind: "text", text: `\n\n${table}\n` });
    }
  });
}
