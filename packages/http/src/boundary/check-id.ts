// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The longest id the API accepts, in UTF-16 code units. */
export const MAX_ID_LENGTH = 256;

/**
 * Why `value` cannot be an id, or undefined when it can: ids are 1 to {@link MAX_ID_LENGTH}
 * characters of well-formed Unicode without NUL, so that every store (PostgreSQL refuses NUL
 * and replaces lone surrogates) keeps exactly the id it was given. Internal.
 */
export function idProblem(value: string): string | undefined {
  if (value.length === 0) return "an id of at least 1 character";
  if (value.length > MAX_ID_LENGTH) return `an id of at most ${MAX_ID_LENGTH} characters`;
  if (value.includes("\u0000")) return "an id without NUL characters";
  if (LONE_SURROGATE.test(value)) return "an id of well-formed Unicode (no lone surrogates)";
  return undefined;
}
