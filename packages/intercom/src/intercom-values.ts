// The two value shapes every Intercom record carries, read once for the zod schemas and for
// the precompiled checks alike, so that the two cannot disagree.

/** An Intercom id (a non-empty string or a non-negative integer), as a string; else `undefined`. */
export function intercomId(value: unknown): string | undefined {
  if (typeof value === "string" && value.length > 0) return value;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  return undefined;
}

/** An Intercom timestamp (Unix seconds, non-negative), as a `Date`; else `undefined`. */
export function intercomTime(value: unknown): Date | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value < 1e11
    ? new Date(Math.round(value * 1000))
    : undefined;
}
