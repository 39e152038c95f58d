import type { FastCheck } from "./precompiled-check";

/**
 * What a {@link FieldReader} returns for a value that is not of its field's shape.
 *
 * @example
 * ```ts
 * import { field, INVALID } from "@rapport/source-kit";
 * field.text(3) === INVALID; // true
 * ```
 */
export const INVALID: unique symbol = Symbol("invalid");

/**
 * Reads one field of a payload record for {@link fastObject}: its parsed value (what the zod
 * schema of the field returns), or {@link INVALID}. It is called with `undefined` for a field
 * the record does not have: a required field answers `INVALID`, an optional one anything
 * else (and the field is left out, as zod leaves it out).
 *
 * @example
 * ```ts
 * import { type FieldReader, INVALID } from "@rapport/source-kit";
 * const positive: FieldReader = (value) => (typeof value === "number" && value > 0 ? value : INVALID);
 * ```
 */
export type FieldReader = (value: unknown) => unknown;

type Fields = Readonly<Record<string, FieldReader>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function readObject(raw: unknown, fields: Fields, keys: readonly string[]): unknown {
  if (!isRecord(raw)) return INVALID;
  const out: Record<string, unknown> = {};
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    const read = fields[key]!;
    const given = raw[key];
    // One lookup for a field that is there (JSON has no undefined values), a second only to
    // tell a missing field from one set to undefined.
    if (given !== undefined || key in raw) {
      const value = read(given);
      if (value === INVALID) return INVALID;
      out[key] = value;
    } else if (read(undefined) === INVALID) {
      return INVALID;
    }
  }
  return out;
}

/**
 * Builds a precompiled check (for {@link precompiledCheck}) of a `z.object` from one reader per
 * field, in the schema's order: like the schema, it takes an object that is not an array,
 * keeps only the named fields (each present exactly when the record has it), and refuses the
 * record (`undefined`, so that zod says why) as soon as one field does not read.
 *
 * @param fields - A {@link FieldReader} per field, in the schema's order (see {@link field}).
 * @returns The check.
 *
 * @example
 * ```ts
 * import { fastObject, field } from "@rapport/source-kit";
 * const team = fastObject<{ id: string; name?: string | null }>({
 *   id: field.required((value) => (typeof value === "string" && value !== "" ? value : undefined)),
 *   name: field.nullish(field.text),
 * });
 * team({ id: "7", name: "Billing", colour: "red" }); // { id: "7", name: "Billing" }
 * team({ name: "Billing" }); // undefined
 * ```
 */
export function fastObject<Output>(
  fields: Readonly<Record<string, FieldReader>>,
): FastCheck<Output> {
  const keys = Object.keys(fields);
  return (raw) => {
    const read = readObject(raw, fields, keys);
    return read === INVALID ? undefined : (read as Output);
  };
}

/**
 * Field readers for {@link fastObject}, one for each zod shape the payload schemas use:
 * - `text`: `z.string()`; `boolean`: `z.boolean()`; `unknown`: `z.unknown()` (anything);
 * - `required(read)`: a transform that returns `undefined` for what it refuses (an id, a time
 *   reader shared with the schema's own transform);
 * - `nullish(reader)`: `.nullish()` of a reader (`null` and `undefined` pass as they are);
 * - `object(fields)`: a nested `z.object`; `array(reader)`: `z.array` (a new array).
 *
 * @example
 * ```ts
 * import { field, INVALID } from "@rapport/source-kit";
 * const tags = field.nullish(field.array(field.text));
 * tags(["vip"]); // ["vip"]
 * tags(null); // null
 * tags([1]) === INVALID; // true
 * ```
 */
export const field = {
  text: (value: unknown): unknown => (typeof value === "string" ? value : INVALID),
  boolean: (value: unknown): unknown => (typeof value === "boolean" ? value : INVALID),
  unknown: (value: unknown): unknown => value,
  required:
    (read: (value: unknown) => unknown): FieldReader =>
    (value) =>
      read(value) ?? INVALID,
  nullish:
    (read: FieldReader): FieldReader =>
    (value) =>
      value === null || value === undefined ? value : read(value),
  object: (fields: Readonly<Record<string, FieldReader>>): FieldReader => {
    const keys = Object.keys(fields);
    return (value) => readObject(value, fields, keys);
  },
  array:
    (read: FieldReader): FieldReader =>
    (value) => {
      if (!Array.isArray(value)) return INVALID;
      const out: unknown[] = new Array(value.length);
      for (let index = 0; index < value.length; index++) {
        const item = read(value[index]);
        if (item === INVALID) return INVALID;
        out[index] = item;
      }
      return out;
    },
} as const;
