// Renders the fields of an entity as a markdown table from the JSON Schema of its zod schema
// (`z.toJSONSchema(schema, { io: "input" })`): one row per field, nested objects without a
// name of their own as `parent.child` rows, unions of objects as one table per variant.

const cell = (text) => text.replaceAll("|", "\\|").replaceAll("\n", " ");
const code = (text) => `\`${text}\``;

const isDateTime = (schema) =>
  Array.isArray(schema.anyOf) &&
  schema.anyOf.some((option) => option.format === "date-time") &&
  schema.anyOf.every((option) => option.format === "date-time" || Object.keys(option).length === 0);

function range(schema) {
  const low = schema.minimum ?? schema.exclusiveMinimum;
  const high = schema.maximum ?? schema.exclusiveMaximum;
  if (low === undefined && high === undefined) return "";
  if (low !== undefined && high !== undefined) return ` from ${low} to ${high}`;
  if (schema.exclusiveMinimum !== undefined) return ` > ${low}`;
  if (low !== undefined) return ` ≥ ${low}`;
  return ` ≤ ${high}`;
}

/** The type of a field as readers of the docs write it. */
export function typeText(schema) {
  if (schema === true || schema === undefined || Object.keys(schema).length === 0) return "any";
  if (schema.title) return schema.title;
  if (isDateTime(schema)) return "ISO 8601 date-time (or a `Date`)";
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (Array.isArray(schema.anyOf)) return [...new Set(schema.anyOf.map(typeText))].join(" | ");
  if (Array.isArray(schema.oneOf)) return [...new Set(schema.oneOf.map(typeText))].join(" | ");
  switch (schema.type) {
    case "array":
      return `${wrap(typeText(schema.items))}[]`;
    case "object":
      if (schema.properties) return "object";
      return typeof schema.additionalProperties === "object" &&
        Object.keys(schema.additionalProperties).length > 0
        ? `Record<string, ${typeText(schema.additionalProperties)}>`
        : "Record<string, unknown>";
    case "integer":
      return `integer${range(schema)}`;
    case "number":
      return `number${range(schema)}`;
    case "string":
      if (schema.format) return `string (${schema.format})`;
      if (schema.minLength === 1) return "non-empty string";
      return "string";
    default:
      return schema.type ?? "any";
  }
}

const wrap = (text) => (text.includes("|") ? `(${text})` : text);

/** The type as a table cell: code, unless it is a phrase with code of its own. */
const typeCell = (field) => {
  const text = typeText(field);
  return text.includes("`") ? text : code(text);
};

function rows(schema, prefix = "") {
  const required = new Set(schema.required ?? []);
  const out = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    const optional = !required.has(name) || field.default !== undefined;
    const description = field.description ?? "";
    const byDefault =
      field.default === undefined ? "" : ` Default: ${code(JSON.stringify(field.default))}.`;
    out.push(
      `| ${code(path)} | ${cell(typeCell(field))} | ${optional ? "no" : "yes"} | ${cell(
        `${description}${byDefault}`.trim(),
      )} |`,
    );
    const inner = field.type === "object" && field.properties && !field.title ? field : undefined;
    const innerItems =
      field.type === "array" && field.items?.properties && !field.items.title
        ? field.items
        : undefined;
    if (inner) out.push(...rows(inner, `${path}.`));
    if (innerItems) out.push(...rows(innerItems, `${path}[].`));
  }
  return out;
}

function variants(schema) {
  const options = schema.anyOf ?? schema.oneOf;
  if (!Array.isArray(options) || schema.properties) return [schema];
  return options.flatMap(variants);
}

function label(variant) {
  const fixed = Object.entries(variant.properties ?? {}).filter(
    ([, field]) => field.const !== undefined,
  );
  return fixed.map(([name, field]) => `${code(name)} is ${code(JSON.stringify(field.const))}`);
}

/**
 * The markdown of an entity's fields, or `undefined` when the schema has none (a string, an
 * enumeration).
 */
export function fieldTable(jsonSchema) {
  const objects = variants(jsonSchema).filter((variant) => variant.properties);
  if (objects.length === 0) return undefined;
  const header = "| field | type | required | description |\n| --- | --- | --- | --- |";
  const table = (variant) => `${header}\n${rows(variant).join("\n")}`;
  if (objects.length === 1) return `**Fields** (JSON form)\n\n${table(objects[0])}`;
  return [
    `**Fields** (JSON form), by variant`,
    ...objects.map((variant) => `When ${label(variant).join(" and ")}:\n\n${table(variant)}`),
  ].join("\n\n");
}
