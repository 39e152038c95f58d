/**
 * A deep copy of a payload with some of its values replaced: each mutation `[index,
 * replacement]` picks one path among all the payload's paths (by `index` modulo their number)
 * and puts `replacement` there. With fast-check, `fc.array(fc.tuple(fc.nat(), fc.jsonValue()))`
 * gives mutations that turn a real payload into the malformed ones an adapter must survive.
 * Each replacement goes in as a copy: neither the input nor the replacements are ever changed.
 *
 * @example
 * ```ts
 * import { mutatePayload } from "@rapport/source-kit";
 * mutatePayload({ tickets: [{ id: 1, status: "open" }] }, [[3, null]]);
 * // { tickets: [{ id: 1, status: null }] }
 * ```
 */
export function mutatePayload(
  value: unknown,
  mutations: readonly (readonly [number, unknown])[],
): unknown {
  const copy = structuredClone(value);
  for (const [index, replacement] of mutations) {
    const paths: [Record<string | number, unknown>, string | number][] = [];
    const walk = (node: unknown) => {
      if (typeof node !== "object" || node === null) return;
      for (const [key, child] of Object.entries(node)) {
        paths.push([
          node as Record<string | number, unknown>,
          Array.isArray(node) ? Number(key) : key,
        ]);
        walk(child);
      }
    };
    walk(copy);
    if (paths.length === 0) return copy;
    const [parent, key] = paths[index % paths.length]!;
    // A copy, so that a replacement given twice (fast-check may reuse a generated value) is
    // never written inside itself, and the caller's value is never changed.
    parent[key] = structuredClone(replacement);
  }
  return copy;
}
