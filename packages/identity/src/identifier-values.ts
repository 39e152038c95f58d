// The first step of resolveCore: every identifier value of every record normalised (each
// distinct raw value once), the malformed and blocked ones reported, and the usable ones
// grouped per identifier by value, with ids in place of strings so that a million records cost
// typed arrays, not an object per value.

import type { LimitedKeys } from "./identity-graph";
import { fieldValues, type IdentityRecord } from "./identity-record";
import type { RecordIssue } from "./identity-resolution";
import type { IdentifierRule, IdentityRules } from "./identity-rules";
import { IntList } from "./int-list";
import type { Normalized } from "./normalize-email";
import { blockedTest, kindOf, normalizeIdentifier } from "./normalize-identifier";

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The records sharing one value of an identifier, in record order. */
export interface ValueGroup {
  readonly value: string;
  readonly members: Int32Array;
}

/** What {@link identifierValues} finds. */
export interface IdentifierValues {
  /** Per identifier, in priority order: the values held by two records or more, in code-unit order. */
  readonly groups: readonly {
    readonly field: string;
    readonly rule: IdentifierRule;
    readonly groups: ValueGroup[];
  }[];
  /** Whether each record holds a usable identifier value. */
  readonly identified: Uint8Array;
  /** Per record, its values of identifiers with a finite limit (flat key-value ids), if any. */
  readonly limited: (number[] | undefined)[];
  readonly keys: LimitedKeys;
  readonly invalid: RecordIssue[];
  readonly blocked: RecordIssue[];
}

/** A value id per distinct string, and the strings by id. */
class Interner {
  readonly #ids = new Map<string, number>();
  readonly texts: string[] = [];

  id(text: string): number {
    let id = this.#ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.#ids.set(text, id);
      this.texts.push(text);
    }
    return id;
  }
}

/** Normalises and groups the identifier values of records already in code-unit order of id. */
export function identifierValues(
  records: readonly IdentityRecord[],
  rules: IdentityRules,
): IdentifierValues {
  const n = records.length;
  const isBlocked = blockedTest(rules.blocked);
  const identifierRules = Object.entries(rules.identifiers ?? {}).sort(
    ([fa, a], [fb, b]) => a.priority - b.priority || byCodeUnit(fa, fb),
  );
  // Issues are gathered identifier by identifier, then listed record by record.
  const invalid: { at: number; issue: RecordIssue }[] = [];
  const blocked: { at: number; issue: RecordIssue }[] = [];
  const identified = new Uint8Array(n);
  const limited: (number[] | undefined)[] = new Array(n);
  const keyIds = new Map<string, number>();
  const keys = { fields: [] as string[], limits: [] as number[], values: [] as string[][] };
  const keyValues: Interner[] = [];
  const normalizedCache = new Map<string, Normalized>();
  const groups = identifierRules.map(([field, rule]) => {
    const kind = kindOf(field, rule.kind);
    const limit = rule.unique === true ? 1 : (rule.limit ?? Number.POSITIVE_INFINITY);
    const values = new Interner();
    // (record, value id) of every usable value, in record order.
    const holders = new IntList();
    const held = new IntList();
    records.forEach((record, i) => {
      let last = -1;
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
            invalid.push({
              at: i,
              issue: { recordId: record.id, field, value: raw, reason: normalized.reason },
            });
          continue;
        }
        const value = normalized.value;
        if (isBlocked(value)) {
          if (raw.trim() !== "")
            blocked.push({
              at: i,
              issue: {
                recordId: record.id,
                field,
                value: raw,
                reason: "a blocked value: it joins nothing",
              },
            });
          continue;
        }
        identified[i] = 1;
        const id = values.id(value);
        if (id === last) continue;
        last = id;
        holders.push(i);
        held.push(id);
        if (limit === Number.POSITIVE_INFINITY) continue;
        const keyText =
          kind === "external" ? `${field}\u0000${value.slice(0, value.indexOf(":"))}` : field;
        let key = keyIds.get(keyText);
        if (key === undefined) {
          key = keys.fields.length;
          keyIds.set(keyText, key);
          keys.fields.push(field);
          keys.limits.push(limit);
          keyValues.push(new Interner());
        }
        const valueId = keyValues[key]!.id(value);
        const list = limited[i];
        if (list === undefined) limited[i] = [key, valueId];
        else {
          let has = false;
          for (let x = 0; x < list.length && !has; x += 2)
            has = list[x] === key && list[x + 1] === valueId;
          if (!has) list.push(key, valueId);
        }
      }
    });
    return { field, rule, groups: groupsOf(values.texts, holders.toArray(), held.toArray()) };
  });
  keys.values = keyValues.map((v) => v.texts);
  const inRecordOrder = (issues: { at: number; issue: RecordIssue }[]) =>
    issues.sort((a, b) => a.at - b.at).map(({ issue }) => issue);
  return {
    groups,
    identified,
    limited,
    keys,
    invalid: inRecordOrder(invalid),
    blocked: inRecordOrder(blocked),
  };
}

/** The values held by two records or more, each with its records in record order. */
function groupsOf(texts: readonly string[], holders: Int32Array, held: Int32Array): ValueGroup[] {
  const counts = new Int32Array(texts.length);
  const lastHolder = new Int32Array(texts.length).fill(-1);
  const keep = new Uint8Array(holders.length);
  for (let x = 0; x < holders.length; x += 1) {
    const v = held[x]!;
    // A record holding the same value twice (two spellings) counts once.
    if (lastHolder[v] === holders[x]) continue;
    lastHolder[v] = holders[x]!;
    keep[x] = 1;
    counts[v]! += 1;
  }
  const shared: number[] = [];
  for (let v = 0; v < texts.length; v += 1) if (counts[v]! >= 2) shared.push(v);
  const members = shared.map((v) => new Int32Array(counts[v]!));
  const slot = new Int32Array(texts.length).fill(-1);
  shared.forEach((v, s) => {
    slot[v] = s;
  });
  const fill = new Int32Array(shared.length);
  for (let x = 0; x < holders.length; x += 1) {
    const s = slot[held[x]!]!;
    if (s < 0 || keep[x] === 0) continue;
    members[s]![fill[s]!] = holders[x]!;
    fill[s]! += 1;
  }
  return shared
    .map((v, s) => ({ value: texts[v]!, members: members[s]! }))
    .sort((a, b) => byCodeUnit(a.value, b.value));
}
