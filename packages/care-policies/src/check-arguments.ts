// Argument checks shared by the public functions; their messages name the function, the
// argument, what was expected and what was received.

/** Throws a `RangeError` naming the argument unless `value` is a valid Date. */
export function checkDate(fn: string, field: string, value: unknown): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${fn}: ${field}: expected a valid Date, received ${String(value)}`);
  }
}

/** Whether the runtime knows an IANA time zone of this name. */
export function isKnownTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Throws a `RangeError` naming the argument unless `value` is a known IANA time zone. */
export function checkTimeZone(fn: string, field: string, value: unknown): asserts value is string {
  if (!isKnownTimeZone(value)) {
    throw new RangeError(
      `${fn}: ${field}: expected an IANA time-zone name such as "Europe/Berlin", received ${JSON.stringify(value)}`,
    );
  }
}
