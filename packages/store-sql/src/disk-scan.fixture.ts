import { existsSync, readFileSync } from "node:fs";
import { PERSONAL_VALUES } from "@rapport/store/conformance";

/**
 * The values an on-disk erasure test plants (the conformance fixture's personal values, but
 * the customer id, which erasure keeps as a key) and the consent proof as it is serialised.
 */
export const PLANTED: readonly string[] = [
  ...PERSONAL_VALUES.filter((value) => value !== "cust-ada-1"),
  '"authorizedBy":{"name":"Guardian Byron","relation":"parent"}',
];

/** The longest prefix every value starts with. */
function commonPrefix(values: readonly string[]): string {
  let prefix = values[0] ?? "";
  for (const value of values) while (!value.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * Counts every occurrence of each value in the files that exist, as UTF-8 and as UTF-16LE.
 * Values that share a prefix of 8 characters or more (a run's tag) are looked for only in the
 * files that hold the prefix: one pass over a file of the WAL instead of one per value.
 */
export function scanFiles(paths: readonly string[], values: readonly string[]) {
  const hits: Record<string, number> = {};
  const prefix = commonPrefix(values);
  const holds = (bytes: Buffer) =>
    prefix.length < 8 ||
    bytes.includes(Buffer.from(prefix, "utf8")) ||
    bytes.includes(Buffer.from(prefix, "utf16le"));
  const files = paths
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path))
    .filter(holds);
  for (const value of values) {
    let count = 0;
    for (const needle of [Buffer.from(value, "utf8"), Buffer.from(value, "utf16le")]) {
      for (const bytes of files) {
        for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) count++;
      }
    }
    if (count > 0) hits[value] = count;
  }
  return hits;
}
