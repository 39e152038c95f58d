import { fieldValues, type IdentityRecord } from "./identity-record";

/**
 * A block left out of matching because it was larger than `maxBlockSize`: comparing it would be
 * quadratic. A value shared by that many records is rarely evidence of one person.
 *
 * @example
 * ```ts
 * import type { SkippedBlock } from "@rapport/identity";
 * const line = (b: SkippedBlock) => `${b.rule.join("+")} = ${b.key}: ${b.size} records`;
 * ```
 */
export interface SkippedBlock {
  readonly rule: readonly string[];
  readonly key: string;
  readonly size: number;
}

/** The candidate pairs of blocking: record indices, left < right, each pair once. */
export interface CandidatePairs {
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly skipped: readonly SkippedBlock[];
}

const keyOf = (record: IdentityRecord, rule: readonly string[]): string | null => {
  let key = "";
  for (const field of rule) {
    const value = fieldValues(record, field)[0]?.trim().toLowerCase() ?? "";
    if (value === "") return null;
    key += `${value}\u0000`;
  }
  return key;
};

/** The pairs equal on every field of at least one blocking rule. */
export function candidatePairs(
  records: readonly IdentityRecord[],
  blocking: readonly (readonly string[])[],
  maxBlockSize: number,
): CandidatePairs {
  const n = records.length;
  const seen = new Set<number>();
  const left: number[] = [];
  const right: number[] = [];
  const skipped: SkippedBlock[] = [];
  for (const rule of blocking) {
    const blocks = new Map<string, number[]>();
    records.forEach((record, i) => {
      const key = keyOf(record, rule);
      if (key === null) return;
      const block = blocks.get(key);
      if (block === undefined) blocks.set(key, [i]);
      else block.push(i);
    });
    for (const [key, block] of blocks) {
      if (block.length < 2) continue;
      if (block.length > maxBlockSize) {
        skipped.push({
          rule,
          key: key.slice(0, -1).replaceAll("\u0000", " + "),
          size: block.length,
        });
        continue;
      }
      for (let a = 0; a < block.length; a += 1) {
        for (let b = a + 1; b < block.length; b += 1) {
          const i = block[a]!;
          const j = block[b]!;
          const code = i * n + j;
          if (seen.has(code)) continue;
          seen.add(code);
          left.push(i);
          right.push(j);
        }
      }
    }
  }
  return { left: Int32Array.from(left), right: Int32Array.from(right), skipped };
}
