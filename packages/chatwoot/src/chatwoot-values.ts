// The two value shapes every chatwoot record carries, read once for the zod schemas and for
// the precompiled checks alike, so that the two cannot disagree.

// "2024-05-01T10:00:00Z", "2024-05-01T10:00:00.123+05:30", and the webhooks' "2020-03-03 13:05:57 UTC".
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z| UTC|[+-]\d{2}:?\d{2})?$/;
const ZONED = /(Z|[+-]\d{2}:?\d{2})$/;

/** A chatwoot id (a non-negative integer or a non-empty string), as a string; else `undefined`. */
export function chatwootId(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === "string" && value.length > 0) return value;
  return undefined;
}

/** A chatwoot time (Unix seconds, or a date-time string read as UTC without a zone); else `undefined`. */
export function chatwootTime(value: unknown): Date | undefined {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0 && value < 1e11) {
    return new Date(Math.round(value * 1000));
  }
  if (typeof value === "string" && DATE_TIME.test(value)) {
    const iso = value.replace(" UTC", "Z").replace(" ", "T");
    // chatwoot writes its times in UTC; a time without a zone is read as UTC.
    const at = new Date(ZONED.test(iso) ? iso : `${iso}Z`);
    if (!Number.isNaN(at.getTime())) return at;
  }
  return undefined;
}
