// The two value shapes every Help Scout record carries, read once for the zod schemas and for
// the precompiled checks alike, so that the two cannot disagree.

// "2017-04-21T14:39:56Z"; the ratings endpoint writes its times without a zone, in UTC.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const ZONED = /(Z|[+-]\d{2}:?\d{2})$/;

/** A Help Scout id (a non-negative integer or a non-empty string), as a string; else `undefined`. */
export function helpScoutId(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === "string" && value.length > 0) return value;
  return undefined;
}

/** A Help Scout time (ISO 8601; one without a zone is UTC), as a `Date`; else `undefined`. */
export function helpScoutTime(value: unknown): Date | undefined {
  if (typeof value === "string" && DATE_TIME.test(value)) {
    const at = new Date(ZONED.test(value) ? value : `${value}Z`);
    if (!Number.isNaN(at.getTime())) return at;
  }
  return undefined;
}
