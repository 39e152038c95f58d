import type { Context } from "hono";

/** What reading a JSON body gave; internal. */
export type JsonBody =
  | { readonly ok: true; readonly value: unknown; readonly text: string }
  | {
      readonly ok: false;
      readonly status: 400 | 415;
      readonly error: string;
      readonly message: string;
    };

/** The deepest nesting of arrays and objects a body may have. */
export const MAX_JSON_DEPTH = 64;

/** Whether `value` nests arrays and objects deeper than `limit`, without recursion; internal. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== "object" || item === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Whether a Content-Type names JSON (`application/json`, `application/…+json`); internal. */
export function isJsonContentType(header: string | undefined): boolean {
  const type = header?.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/**
 * Reads a request body as JSON. Only JSON content types are accepted (415 otherwise), which
 * also closes the door to cross-site form posts: a browser cannot send `application/json` to
 * another origin without a CORS preflight. Internal.
 */
export async function readJsonBody(c: Context): Promise<JsonBody> {
  if (!isJsonContentType(c.req.header("content-type"))) {
    return {
      ok: false,
      status: 415,
      error: "unsupported_media_type",
      message: "the body must be JSON, sent with Content-Type: application/json",
    };
  }
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // A SyntaxError says where the JSON breaks; anything else is the engine's, not the caller's.
    const reason = error instanceof SyntaxError ? error.message : "it nests too deeply";
    return {
      ok: false,
      status: 400,
      error: "invalid_json",
      message: `the body is not valid JSON: ${reason}`,
    };
  }
  if (nestsDeeperThan(value, MAX_JSON_DEPTH)) {
    return {
      ok: false,
      status: 400,
      error: "invalid_json",
      message: `the body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels`,
    };
  }
  return { ok: true, value, text };
}
