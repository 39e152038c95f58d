import * as z from "zod";

/**
 * What `parseX` does with a field the entity does not have: `"strip"` (the default) drops it
 * and lists it in `safeParseX`'s `dropped`; `"reject"` fails with one `unknown_key` issue per
 * field, naming the nearest known one.
 *
 * @example
 * ```ts
 * import type { UnknownKeys } from "@rapport/core";
 * const mode: UnknownKeys = "reject";
 * ```
 */
export type UnknownKeys = "strip" | "reject";

/** The `params` of the issue an unknown key raises: the fields its object does have. */
export interface UnknownKeyParams {
  readonly unknownKeyOf: readonly string[];
}

/** Whether a zod issue is one raised by {@link keyReporting}'s catch-all. */
export function unknownKeyParams(issue: z.core.$ZodIssue): UnknownKeyParams | undefined {
  if (issue.code !== "custom") return undefined;
  const params = (issue as { params?: Partial<UnknownKeyParams> }).params;
  return Array.isArray(params?.unknownKeyOf) ? (params as UnknownKeyParams) : undefined;
}

/** A copy of a schema definition with some properties replaced, getters kept as getters. */
function withDef(def: object, changes: Record<string, unknown>): object {
  const descriptors = Object.getOwnPropertyDescriptors(def);
  for (const [key, value] of Object.entries(changes)) {
    descriptors[key] = { value, enumerable: true, configurable: true, writable: true };
  }
  return Object.defineProperties({}, descriptors);
}

const isSchema = (value: unknown): value is z.ZodType =>
  typeof value === "object" && value !== null && "_zod" in value;

const copies = /* @__PURE__ */ new WeakMap<z.ZodType, z.ZodType>();

/**
 * A copy of a schema in which every object that strips unknown keys instead raises one
 * issue per unknown key (code `custom`, with {@link UnknownKeyParams}; the path ends with the
 * key). Objects that already reject or keep unknown keys, and records, are left as they are.
 * Everything else (defaults, refinements, codecs, unions) behaves as in the original.
 */
export function keyReporting<Schema extends z.ZodType>(schema: Schema): Schema {
  const done = copies.get(schema);
  if (done) return done as Schema;
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const key of ["innerType", "in", "out", "element", "valueType", "left", "right"]) {
    const child = def[key];
    if (isSchema(child)) changes[key] = keyReporting(child);
  }
  for (const key of ["options", "items"]) {
    const list = def[key];
    if (Array.isArray(list))
      changes[key] = list.map((item) => (isSchema(item) ? keyReporting(item) : item));
  }
  if (def["type"] === "object") {
    const shape = def["shape"] as Record<string, z.ZodType>;
    changes["shape"] = Object.fromEntries(
      Object.entries(shape).map(([key, child]) => [key, keyReporting(child)]),
    );
    if (def["catchall"] === undefined) {
      const params: UnknownKeyParams = { unknownKeyOf: Object.keys(shape) };
      changes["catchall"] = z.unknown().check((payload) => {
        payload.issues.push({
          code: "custom",
          message: "unknown key",
          input: payload.value,
          params,
        });
      });
    }
  }
  const copy =
    Object.keys(changes).length === 0
      ? schema
      : (new (schema._zod.constr as new (def: object) => Schema)(withDef(def, changes)) as Schema);
  copies.set(schema, copy);
  return copy;
}
