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

/** Counts every occurrence of each value in the files that exist, as UTF-8 and as UTF-16LE. */
export function scanFiles(paths: readonly string[], values: readonly string[]) {
  const hits: Record<string, number> = {};
  const files = paths.filter((path) => existsSync(path)).map((path) => readFileSync(path));
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
