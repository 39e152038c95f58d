import { firstValue, type IdentityRecord } from "./identity-record";
import { IntList } from "./int-list";

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

/** The blocks of one rule: each record's block (-1: a field is empty), block keys and sizes. */
interface RuleBlocks {
  readonly blockOf: Int32Array;
  readonly keys: string[];
  readonly sizes: number[];
}

function blocksOf(records: readonly IdentityRecord[], rule: readonly string[]): RuleBlocks {
  const blockOf = new Int32Array(records.length).fill(-1);
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const sizes: number[] = [];
  records.forEach((record, i) => {
    let key = "";
    for (const field of rule) {
      const value = firstValue(record, field)?.trim().toLowerCase() ?? "";
      if (value === "") return;
      key += `${value}\u0000`;
    }
    let id = ids.get(key);
    if (id === undefined) {
      id = keys.length;
      ids.set(key, id);
      keys.push(key);
      sizes.push(0);
    }
    blockOf[i] = id;
    sizes[id]! += 1;
  });
  return { blockOf, keys, sizes };
}

/**
 * The pairs equal on every field of at least one blocking rule. Each rule's blocks are numbered
 * once (a key per record, no pair set): a pair is emitted by the first rule that compares it,
 * and a later rule skips it when an earlier one already did, so the work is the records plus
 * the pairs, and the pair lists are typed arrays. Blocks are taken in the order of their first
 * record, their members in record order.
 */
export function candidatePairs(
  records: readonly IdentityRecord[],
  blocking: readonly (readonly string[])[],
  maxBlockSize: number,
): CandidatePairs {
  const n = records.length;
  const left = new IntList();
  const right = new IntList();
  const skipped: SkippedBlock[] = [];
  const earlier: Pick<RuleBlocks, "blockOf" | "sizes">[] = [];
  const comparedBefore = (i: number, j: number): boolean => {
    for (const { blockOf, sizes } of earlier) {
      const block = blockOf[i]!;
      if (block >= 0 && block === blockOf[j] && sizes[block]! <= maxBlockSize) return true;
    }
    return false;
  };
  for (const rule of blocking) {
    const { blockOf, keys, sizes } = blocksOf(records, rule);
    // Counting sort of the records by block: block b holds members[start[b] .. start[b + 1]).
    const start = new Int32Array(keys.length + 1);
    for (let b = 0; b < keys.length; b += 1) start[b + 1] = start[b]! + sizes[b]!;
    const fill = start.slice(0, keys.length);
    const members = new Int32Array(start[keys.length]!);
    for (let i = 0; i < n; i += 1) {
      const block = blockOf[i]!;
      if (block < 0) continue;
      members[fill[block]!] = i;
      fill[block]! += 1;
    }
    for (let b = 0; b < keys.length; b += 1) {
      const size = sizes[b]!;
      if (size < 2) continue;
      if (size > maxBlockSize) {
        skipped.push({ rule, key: keys[b]!.slice(0, -1).replaceAll("\u0000", " + "), size });
        continue;
      }
      for (let a = start[b]!; a < start[b + 1]!; a += 1) {
        for (let c = a + 1; c < start[b + 1]!; c += 1) {
          const i = members[a]!;
          const j = members[c]!;
          if (earlier.length > 0 && comparedBefore(i, j)) continue;
          left.push(i);
          right.push(j);
        }
      }
    }
    earlier.push({ blockOf, sizes });
  }
  return { left: left.toArray(), right: right.toArray(), skipped };
}
