import * as z from "zod";

const EXPECTED =
  "expected an ISO 8601 date-time with an offset (e.g. 2024-03-01T09:30:00+01:00) or a valid Date";

const wireDateTime = /* @__PURE__ */ z.iso.datetime({ offset: true, error: EXPECTED });

/**
 * The instant a {@link DateTimeSchema} input stands for, read without zod: the `Date` itself
 * (valid), or a `Date` of a string the schema's own ISO 8601 pattern accepts; `undefined`
 * for anything else, so that the schema says why. Internal, for precompiled checks.
 */
export function readInstant(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== "string") return undefined;
  // The pattern zod tests (zod keeps it on the schema); without it, zod decides.
  const pattern = (wireDateTime._zod as { pattern?: unknown }).pattern;
  return pattern instanceof RegExp && pattern.test(value) ? new Date(value) : undefined;
}

/**
 * An instant. On the wire an ISO 8601 date-time with an offset (`Z` or `±hh:mm`), in memory a
 * `Date`. A date-time without an offset is rejected: its instant would depend on the machine.
 * Encoding writes UTC (`2024-03-01T08:30:00.000Z`).
 *
 * @example
 * ```ts
 * import { DateTimeSchema } from "@rapport/core";
 * import * as z from "zod";
 *
 * z.decode(DateTimeSchema, "2024-03-01T09:30:00+01:00"); // Date 2024-03-01T08:30:00.000Z
 * z.encode(DateTimeSchema, new Date(0)); // "1970-01-01T00:00:00.000Z"
 * ```
 */
export const DateTimeSchema = /* @__PURE__ */ z.codec(
  z.union([wireDateTime, z.date({ error: EXPECTED })], { error: EXPECTED }),
  z.date({ error: EXPECTED }),
  {
    decode: (value) => (value instanceof Date ? value : new Date(value)),
    encode: (date) => date.toISOString(),
  },
);
