import { isTimeZone } from "@rapport/core";
// Argument checks shared by the public functions; their messages name the function, the
// argument, what was expected and what was received.

/** Throws a `RangeError` naming the argument unless `value` is a valid Date. */
export function checkDate(fn: string, field: string, value: unknown): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${fn}: ${field}: expected a valid Date, received ${String(value)}`);
  }
}

/** Throws a `RangeError` naming the argument unless `value` is a known IANA time zone. */
export function checkTimeZone(fn: string, field: string, value: unknown): asserts value is string {
  if (!isTimeZone(value)) {
    throw new RangeError(
      `${fn}: ${field}: expected an IANA time-zone name such as "Europe/Berlin", received ${JSON.stringify(value)}`,
    );
  }
}
