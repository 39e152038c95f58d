import { expectedMessage } from "@rapport/stats";
import type { SplitSink } from "./source-adapter-context";

/**
 * Walks what an importer was given as response bodies: one body, or an array of them (arrays of
 * arrays too), calling `body` with each object and where it sits (`(root)`, `[0]`, `[1][2]`).
 * Anything else in their place is rejected as a `page` that is not what `expected` says, so that
 * a split of a platform whose bodies are objects (chatwoot, Help Scout) writes only what its
 * bodies hold.
 *
 * @param payload - The input of the import.
 * @param sink - The split's sink (only `reject` is used).
 * @param expected - What a body is, in words: `"a chatwoot response body or record"`.
 * @param body - Reads one body.
 *
 * @example
 * ```ts
 * import { eachBody, type SplitSink } from "@rapport/source-kit";
 * declare const sink: SplitSink<"issue">;
 * eachBody([{ issues: [] }, 7], sink, "a response body", (node, where) => {
 *   // called once, with { issues: [] } and "[0]"; 7 is rejected as page "[1]"
 * });
 * ```
 */
export function eachBody(
  payload: unknown,
  sink: Pick<SplitSink<string>, "reject">,
  expected: string,
  body: (node: Record<string, unknown>, where: string) => void,
): void {
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) {
      const prefix = where === "(root)" ? "" : where;
      node.forEach((item, index) => {
        visit(item, `${prefix}[${index}]`);
      });
      return;
    }
    if (typeof node !== "object" || node === null) {
      sink.reject("page", null, where, expectedMessage("", expected, node));
      return;
    }
    body(node as Record<string, unknown>, where);
  };
  visit(payload, "(root)");
}
