// The one pass behind resolveIdentities, addRecords and unmergeRecord: a pure function of the
// set of records, the rules and the pairs kept apart. Records are taken in code-unit order of
// their ids and joins in a canonical order (identifier priority, then value; then scored pairs
// by probability), so the identities never depend on the order the records arrived in.
import { candidatePairs } from "./candidate-pairs";
import { comparisonVectors, estimateModel, fieldWeights, scorePair } from "./fellegi-sunter";
import { type HeldValue, IdentityGraph, type Refusal } from "./identity-graph";
import { fieldValues, type IdentityRecord } from "./identity-record";
import type {
  Identity,
  IdentityConflict,
  IdentityLink,
  IdentityResolution,
  RecordIssue,
  ReviewPair,
} from "./identity-resolution";
import type { IdentityRules } from "./identity-rules";
import type { Normalized } from "./normalize-email";
import { blockedTest, kindOf, normalizeIdentifier } from "./normalize-identifier";

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function refusalReason(refusal: Refusal): string {
  return refusal.kind === "limit"
    ? refusal.limit === 1
      ? `${refusal.field} is unique and the records hold different values (${refusal.values.join(", ")})`
      : `one customer may hold at most ${refusal.limit} values of ${refusal.field}; this join would give ${refusal.values.length}`
    : `kept apart by an unmerge of ${refusal.records.join(" and ")}`;
}

export function resolveCore(
  input: readonly IdentityRecord[],
  rules: IdentityRules,
  apart: readonly (readonly [string, string])[],
): Omit<IdentityResolution, "log"> {
  const records = [...input].sort((a, b) => byCodeUnit(a.id, b.id));
  const ids = records.map((r) => r.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const isBlocked = blockedTest(rules.blocked);
  const identifierRules = Object.entries(rules.identifiers ?? {}).sort(
    ([fa, a], [fb, b]) => a.priority - b.priority || byCodeUnit(fa, fb),
  );
  const invalid: RecordIssue[] = [];
  const blocked: RecordIssue[] = [];
  const limits = new Map<string, number>();
  const held: HeldValue[][] = records.map(() => []);
  const normalizedCache = new Map<string, Normalized>();
  records.forEach((record, i) => {
    for (const [field, rule] of identifierRules) {
      const kind = kindOf(field, rule.kind);
      for (const raw of fieldValues(record, field)) {
        // The same value often comes from several systems: normalise it once.
        const cacheKey = `${kind}\u0000${raw}`;
        let normalized = normalizedCache.get(cacheKey);
        if (normalized === undefined) {
          normalized = normalizeIdentifier(raw, kind, rules);
          normalizedCache.set(cacheKey, normalized);
        }
        if (!normalized.ok) {
          if (raw.trim() !== "")
            invalid.push({ recordId: record.id, field, value: raw, reason: normalized.reason });
          continue;
        }
        if (isBlocked(normalized.value)) {
          if (raw.trim() !== "")
            blocked.push({
              recordId: record.id,
              field,
              value: raw,
              reason: "a blocked value: it joins nothing",
            });
          continue;
        }
        const key =
          kind === "external"
            ? `${field}\u0000${normalized.value.slice(0, normalized.value.indexOf(":"))}`
            : field;
        limits.set(key, rule.unique === true ? 1 : (rule.limit ?? Number.POSITIVE_INFINITY));
        if (!held[i]!.some((h) => h.key === key && h.value === normalized.value))
          held[i]!.push({ field, key, value: normalized.value });
      }
    }
  });
  const apartMap = new Map<number, Set<number>>();
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
  const graph = new IdentityGraph(ids, held, limits, apartMap);
  const links: IdentityLink[] = [];
  const conflicts: IdentityConflict[] = [];
  const tryJoin = (a: number, b: number, link: IdentityLink): boolean => {
    const refusal = graph.union(a, b);
    if (refusal === null) {
      links.push(link);
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

  for (const [field, rule] of identifierRules) {
    const groups = new Map<string, number[]>();
    held.forEach((values, i) => {
      for (const h of values) {
        if (h.field !== field) continue;
        const group = groups.get(h.value);
        if (group === undefined) groups.set(h.value, [i]);
        else if (group[group.length - 1] !== i) group.push(i);
      }
    });
    for (const value of [...groups.keys()].sort(byCodeUnit)) {
      const members = groups.get(value)!;
      for (let k = 1; k < members.length; k += 1) {
        const tried = new Set<number>();
        for (let j = 0; j < k; j += 1) {
          const root = graph.find(members[j]!);
          if (root === graph.find(members[k]!)) break;
          if (tried.has(root)) continue;
          tried.add(root);
          const link: IdentityLink = {
            by: "identifier",
            records: [ids[members[j]!]!, ids[members[k]!]!],
            field,
            value,
            priority: rule.priority,
          };
          if (tryJoin(members[j]!, members[k]!, link)) break;
        }
      }
    }
  }

  const compare = rules.compare;
  let model: IdentityResolution["model"] = null;
  let skippedBlocks: IdentityResolution["skippedBlocks"] = [];
  const review: ReviewPair[] = [];
  if (compare !== undefined && Object.keys(compare).length > 0) {
    const fields = Object.keys(compare);
    const pairs = candidatePairs(
      records,
      rules.blocking ?? fields.map((f) => [f]),
      rules.maxBlockSize ?? 1000,
    );
    skippedBlocks = pairs.skipped;
    const vectors = comparisonVectors(records, pairs.left, pairs.right, compare);
    model = rules.model ?? estimateModel(records, vectors, compare, rules.seed ?? 1);
    const matchAt = rules.matchThreshold ?? 0.95;
    const reviewAt = rules.reviewThreshold ?? 0.5;
    const scored: { p: number; score: ReturnType<typeof scorePair> }[] = [];
    // The weight of each pair from a table first; the evidence is written out only for pairs
    // that join or go to review.
    const table = fieldWeights(model, compare);
    const prior = Math.log2(model.lambda / (1 - model.lambda));
    const reviewWeight = Math.log2(reviewAt / (1 - reviewAt));
    for (let p = 0; p < pairs.left.length; p += 1) {
      let weight = prior;
      for (let f = 0; f < fields.length; f += 1) {
        const level = vectors[p * fields.length + f]!;
        if (level >= 0) weight += table[f]![level]!;
      }
      if (weight < reviewWeight - 1e-9) continue;
      const score = scorePair(
        records[pairs.left[p]!]!,
        records[pairs.right[p]!]!,
        vectors,
        p * fields.length,
        compare,
        model,
      );
      if (score.probability >= reviewAt) scored.push({ p, score });
    }
    const candidates: { a: number; b: number; pair: ReviewPair }[] = [];
    scored.sort((x, y) => y.score.probability - x.score.probability || x.p - y.p);
    for (const { p, score } of scored) {
      const a = pairs.left[p]!;
      const b = pairs.right[p]!;
      const records2 = [ids[a]!, ids[b]!] as const;
      if (score.probability >= matchAt) {
        if (graph.find(a) !== graph.find(b))
          tryJoin(a, b, { by: "score", records: records2, ...score });
      } else {
        candidates.push({ a, b, pair: { records: records2, ...score } });
      }
    }
    for (const { a, b, pair } of candidates) if (graph.find(a) !== graph.find(b)) review.push(pair);
  }

  const identities: Identity[] = [];
  const byRoot = new Map<number, number>();
  for (const component of graph.components()) {
    byRoot.set(graph.find(component[0]!), identities.length);
    identities.push({
      id: ids[component[0]!]!,
      recordIds: component.map((i) => ids[i]!),
      systems: [
        ...new Set(component.map((i) => records[i]!.system).filter((s) => s !== undefined)),
      ].sort(byCodeUnit),
      links: [],
    });
  }
  for (const link of links) {
    const identity = identities[byRoot.get(graph.find(index.get(link.records[0])!))!]!;
    (identity.links as IdentityLink[]).push(link);
  }
  const compared = compare === undefined ? [] : Object.keys(compare);
  const unidentified = records
    .filter(
      (r, i) =>
        held[i]!.length === 0 && !compared.some((f) => (fieldValues(r, f)[0]?.trim() ?? "") !== ""),
    )
    .map((r) => r.id);
  return {
    identities,
    conflicts,
    review,
    unidentified,
    invalid,
    blocked,
    skippedBlocks,
    model,
    records: input,
    apart,
  };
}
