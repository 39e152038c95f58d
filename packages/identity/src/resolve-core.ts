// The one pass behind resolveIdentities, addRecords and unmergeRecord: a pure function of the
// set of records, the rules and the pairs kept apart. Records are taken in code-unit order of
// their ids and joins in a canonical order (identifier priority, then value; then scored pairs
// by probability), so the identities never depend on the order the records arrived in.

import { identifierValues } from "./identifier-values";
import { IdentityGraph, type Refusal } from "./identity-graph";
import { firstValue, type IdentityRecord } from "./identity-record";
import type {
  Identity,
  IdentityConflict,
  IdentityLink,
  IdentityResolution,
  ReviewPair,
} from "./identity-resolution";
import type { IdentityRules } from "./identity-rules";
import { scorePairs } from "./score-pairs";

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function refusalReason(refusal: Refusal): string {
  return refusal.kind === "limit"
    ? refusal.limit === 1
      ? `${refusal.field} is unique and the records hold different values (${refusal.values.join(", ")})`
      : `one customer may hold at most ${refusal.limit} values of ${refusal.field}; this join would give ${refusal.values.length}`
    : `kept apart by an unmerge of ${refusal.records.join(" and ")}`;
}

/** The pairs kept apart, as record indices both ways. */
function apartIndex(
  ids: readonly string[],
  apart: readonly (readonly [string, string])[],
): Map<number, Set<number>> {
  const apartMap = new Map<number, Set<number>>();
  if (apart.length === 0) return apartMap;
  const index = new Map(ids.map((id, i) => [id, i]));
  for (const [a, b] of apart) {
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia === undefined || ib === undefined) continue;
    for (const [x, y] of [
      [ia, ib],
      [ib, ia],
    ] as const) {
      const set = apartMap.get(x) ?? new Set<number>();
      set.add(y);
      apartMap.set(x, set);
    }
  }
  return apartMap;
}

export function resolveCore(
  input: readonly IdentityRecord[],
  rules: IdentityRules,
  apart: readonly (readonly [string, string])[],
): Omit<IdentityResolution, "log"> {
  const records = [...input].sort((a, b) => byCodeUnit(a.id, b.id));
  const ids = records.map((r) => r.id);
  const values = identifierValues(records, rules);
  const graph = new IdentityGraph(ids, values.limited, values.keys, apartIndex(ids, apart));
  const links: IdentityLink[] = [];
  const linkFrom: number[] = [];
  const conflicts: IdentityConflict[] = [];
  const tryJoin = (a: number, b: number, link: IdentityLink): boolean => {
    const refusal = graph.union(a, b);
    if (refusal === null) {
      links.push(link);
      linkFrom.push(a);
      return true;
    }
    conflicts.push({
      link,
      field: refusal.kind === "limit" ? refusal.field : null,
      values: refusal.kind === "limit" ? refusal.values : [],
      reason: refusalReason(refusal),
    });
    return false;
  };

  // The components a member of a group was already tried against, marked with the member's turn.
  const tried = new Int32Array(records.length).fill(-1);
  let turn = 0;
  for (const { field, rule, groups } of values.groups) {
    for (const { value, members } of groups) {
      for (let k = 1; k < members.length; k += 1) {
        turn += 1;
        const mk = members[k]!;
        for (let j = 0; j < k; j += 1) {
          const mj = members[j]!;
          const root = graph.find(mj);
          if (root === graph.find(mk)) break;
          if (tried[root] === turn) continue;
          tried[root] = turn;
          const link: IdentityLink = {
            by: "identifier",
            records: [ids[mj]!, ids[mk]!],
            field,
            value,
            priority: rule.priority,
          };
          if (tryJoin(mj, mk, link)) break;
        }
      }
    }
  }

  const compare = rules.compare;
  let model: IdentityResolution["model"] = null;
  let skippedBlocks: IdentityResolution["skippedBlocks"] = [];
  let review: ReviewPair[] = [];
  if (compare !== undefined && Object.keys(compare).length > 0) {
    const find = (i: number) => graph.find(i);
    ({ model, skippedBlocks, review } = scorePairs(records, ids, rules, compare, find, tryJoin));
  }

  const identities: Identity[] = [];
  const identityOf = new Int32Array(records.length);
  for (const component of graph.components()) {
    identityOf[graph.find(component[0]!)] = identities.length;
    const systems: string[] = [];
    for (const i of component) {
      const system = records[i]!.system;
      if (system !== undefined && !systems.includes(system)) systems.push(system);
    }
    identities.push({
      id: ids[component[0]!]!,
      recordIds: component.map((i) => ids[i]!),
      systems: systems.sort(byCodeUnit),
      links: [],
    });
  }
  links.forEach((link, l) => {
    (identities[identityOf[graph.find(linkFrom[l]!)]!]!.links as IdentityLink[]).push(link);
  });
  const compared = compare === undefined ? [] : Object.keys(compare);
  const unidentified: string[] = [];
  records.forEach((r, i) => {
    if (
      values.identified[i] === 0 &&
      !compared.some((f) => (firstValue(r, f)?.trim() ?? "") !== "")
    )
      unidentified.push(r.id);
  });
  return {
    identities,
    conflicts,
    review,
    unidentified,
    invalid: values.invalid,
    blocked: values.blocked,
    skippedBlocks,
    model,
    records: input,
    apart,
  };
}
