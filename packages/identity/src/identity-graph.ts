// The union-find behind resolveIdentities: components of records that carry, per identifier
// (and per system for external ids), the distinct values they hold, so that a join that would
// break a limit is refused and reported instead of made.

/** One identifier value a record holds: the limit key (field, or field and system) and value. */
export interface HeldValue {
  readonly field: string;
  readonly key: string;
  readonly value: string;
}

/** Why a join was refused: the limit broken, or records kept apart by an unmerge. */
export type Refusal =
  | {
      readonly kind: "limit";
      readonly field: string;
      readonly limit: number;
      readonly values: readonly string[];
    }
  | { readonly kind: "apart"; readonly records: readonly [string, string] };

export class IdentityGraph {
  readonly #parent: Int32Array;
  readonly #members: (number[] | undefined)[];
  readonly #values: (Map<string, Set<string>> | undefined)[];
  readonly #limits: ReadonlyMap<string, number>;
  readonly #apart: ReadonlyMap<number, ReadonlySet<number>>;
  readonly #ids: readonly string[];

  constructor(
    ids: readonly string[],
    held: readonly (readonly HeldValue[])[],
    limits: ReadonlyMap<string, number>,
    apart: ReadonlyMap<number, ReadonlySet<number>>,
  ) {
    this.#ids = ids;
    this.#parent = Int32Array.from(ids, (_, i) => i);
    this.#members = ids.map((_, i) => [i]);
    this.#values = held.map((values) => {
      const map = new Map<string, Set<string>>();
      for (const { key, value } of values) {
        const set = map.get(key) ?? new Set<string>();
        set.add(value);
        map.set(key, set);
      }
      return map;
    });
    this.#limits = limits;
    this.#apart = apart;
  }

  find(i: number): number {
    let root = i;
    while (this.#parent[root] !== root) root = this.#parent[root]!;
    let node = i;
    while (this.#parent[node] !== root) {
      const next = this.#parent[node]!;
      this.#parent[node] = root;
      node = next;
    }
    return root;
  }

  /** Joins the components of `a` and `b`; returns null when joined, the refusal otherwise. */
  union(a: number, b: number): Refusal | null {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return null;
    const va = this.#values[ra]!;
    const vb = this.#values[rb]!;
    for (const [key, values] of vb) {
      const limit = this.#limits.get(key) ?? Number.POSITIVE_INFINITY;
      const mine = va.get(key);
      if (mine === undefined) continue;
      let size = mine.size;
      for (const value of values) if (!mine.has(value)) size += 1;
      if (size > limit) {
        const field = key.includes("\u0000") ? key.slice(0, key.indexOf("\u0000")) : key;
        return { kind: "limit", field, limit, values: [...new Set([...mine, ...values])].sort() };
      }
    }
    if (this.#apart.size > 0) {
      const ma = this.#members[ra]!;
      const mb = this.#members[rb]!;
      const [small, large] = ma.length <= mb.length ? [ma, rb] : [mb, ra];
      for (const member of small) {
        for (const other of this.#apart.get(member) ?? []) {
          if (this.find(other) === large)
            return { kind: "apart", records: [this.#ids[member]!, this.#ids[other]!] };
        }
      }
    }
    if (this.#members[ra]!.length < this.#members[rb]!.length) [ra, rb] = [rb, ra];
    this.#parent[rb] = ra;
    this.#members[ra]!.push(...this.#members[rb]!);
    this.#members[rb] = undefined;
    const into = this.#values[ra]!;
    for (const [key, values] of this.#values[rb]!) {
      const set = into.get(key);
      if (set === undefined) into.set(key, values);
      else for (const value of values) set.add(value);
    }
    this.#values[rb] = undefined;
    return null;
  }

  /** The components, each a sorted list of record indices. */
  components(): number[][] {
    const out: number[][] = [];
    for (let i = 0; i < this.#members.length; i += 1) {
      const members = this.#members[i];
      if (members !== undefined) out.push([...members].sort((x, y) => x - y));
    }
    return out.sort((x, y) => x[0]! - y[0]!);
  }
}
