// The union-find behind resolveIdentities: components of records that carry, per limited
// identifier (and per system for external ids), the distinct values they hold, so that a join
// that would break a limit is refused and reported instead of made.
//
// Built for a million records: parents, sizes and the member ring are typed arrays (path
// compression and union by size keep every find near constant); only records that hold a value
// of an identifier with a finite limit carry a value list, a flat [key, value, key, value, …] of
// small integers; the members of a component are walked only when unmerges keep records apart.

/** The identifiers with a finite limit: each key's field, limit and the text of its values. */
export interface LimitedKeys {
  /** The field of each key (a key is a field, or a field and a system for external ids). */
  readonly fields: readonly string[];
  readonly limits: readonly number[];
  /** The normalised text of each value id, per key. */
  readonly values: readonly (readonly string[])[];
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

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Whether the flat list holds the value `value` of key `key`. */
function holds(list: readonly number[], key: number, value: number): boolean {
  for (let x = 0; x < list.length; x += 2)
    if (list[x] === key && list[x + 1] === value) return true;
  return false;
}

export class IdentityGraph {
  readonly #parent: Int32Array;
  readonly #size: Int32Array;
  /** A ring through the members of each component (only with unmerges). */
  readonly #next: Int32Array | null;
  readonly #values: (number[] | undefined)[];
  readonly #keys: LimitedKeys;
  readonly #apart: ReadonlyMap<number, ReadonlySet<number>>;
  readonly #ids: readonly string[];

  /** `values[i]`: the limited values record `i` holds, flat key-value pairs (or undefined). */
  constructor(
    ids: readonly string[],
    values: (number[] | undefined)[],
    keys: LimitedKeys,
    apart: ReadonlyMap<number, ReadonlySet<number>>,
  ) {
    const n = ids.length;
    this.#ids = ids;
    this.#parent = new Int32Array(n);
    for (let i = 0; i < n; i += 1) this.#parent[i] = i;
    this.#size = new Int32Array(n).fill(1);
    this.#next = apart.size > 0 ? this.#parent.slice() : null;
    this.#values = values;
    this.#keys = keys;
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

  #limitRefusal(va: readonly number[], vb: readonly number[]): Refusal | null {
    for (let x = 0; x < vb.length; x += 2) {
      const key = vb[x]!;
      let checked = false;
      for (let y = 0; y < x && !checked; y += 2) checked = vb[y] === key;
      if (checked) continue;
      let mine = 0;
      for (let y = 0; y < va.length; y += 2) if (va[y] === key) mine += 1;
      if (mine === 0) continue;
      let size = mine;
      for (let y = x; y < vb.length; y += 2)
        if (vb[y] === key && !holds(va, key, vb[y + 1]!)) size += 1;
      const limit = this.#keys.limits[key]!;
      if (size > limit) {
        const text = this.#keys.values[key]!;
        const values = new Set<string>();
        for (const list of [va, vb])
          for (let y = 0; y < list.length; y += 2)
            if (list[y] === key) values.add(text[list[y + 1]!]!);
        return {
          kind: "limit",
          field: this.#keys.fields[key]!,
          limit,
          values: [...values].sort(byCodeUnit),
        };
      }
    }
    return null;
  }

  #apartRefusal(ra: number, rb: number): Refusal | null {
    const next = this.#next!;
    const [small, large] = this.#size[ra]! <= this.#size[rb]! ? [ra, rb] : [rb, ra];
    let member = small;
    do {
      for (const other of this.#apart.get(member) ?? []) {
        if (this.find(other) === large)
          return { kind: "apart", records: [this.#ids[member]!, this.#ids[other]!] };
      }
      member = next[member]!;
    } while (member !== small);
    return null;
  }

  /** Joins the components of `a` and `b`; returns null when joined, the refusal otherwise. */
  union(a: number, b: number): Refusal | null {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return null;
    const va = this.#values[ra];
    const vb = this.#values[rb];
    if (va !== undefined && vb !== undefined) {
      const refusal = this.#limitRefusal(va, vb);
      if (refusal !== null) return refusal;
    }
    if (this.#next !== null) {
      const refusal = this.#apartRefusal(ra, rb);
      if (refusal !== null) return refusal;
    }
    if (this.#size[ra]! < this.#size[rb]!) [ra, rb] = [rb, ra];
    this.#parent[rb] = ra;
    this.#size[ra]! += this.#size[rb]!;
    if (this.#next !== null) {
      const after = this.#next[ra]!;
      this.#next[ra] = this.#next[rb]!;
      this.#next[rb] = after;
    }
    const from = this.#values[rb];
    if (from !== undefined) {
      const into = this.#values[ra];
      if (into === undefined) this.#values[ra] = from;
      else
        for (let x = 0; x < from.length; x += 2)
          if (!holds(into, from[x]!, from[x + 1]!)) into.push(from[x]!, from[x + 1]!);
      this.#values[rb] = undefined;
    }
    return null;
  }

  /** The components, each a sorted list of record indices, in the order of their first record. */
  components(): number[][] {
    const n = this.#parent.length;
    const componentOf = new Int32Array(n).fill(-1);
    const out: number[][] = [];
    for (let i = 0; i < n; i += 1) {
      const root = this.find(i);
      let c = componentOf[root]!;
      if (c < 0) {
        c = out.length;
        componentOf[root] = c;
        out.push([]);
      }
      out[c]!.push(i);
    }
    return out;
  }
}
