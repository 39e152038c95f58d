// A hash table from numbers to small integers in typed arrays (open addressing, linear
// probing): no boxed keys and no allocation per look-up, where a `Map` of a million fractional
// numbers allocates a heap number for each. Keys are compared as numbers (0 and -0 are one
// key); NaN is not a key. Internal.

const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);

/** The slot of a number in a table of 2^(32 - shift) slots: Fibonacci hashing of its bits. */
function slotOf(key: number, shift: number): number {
  bits[0] = key;
  const low = words[0]!;
  const high = words[1]!;
  const mixed = Math.imul(high ^ (high >>> 16), 0x85ebca6b) ^ low ^ (low >>> 13);
  return Math.imul(mixed, 0x9e3779b1) >>> shift;
}

/** A table of distinct numbers, each numbered in order of first insertion; internal. */
export class NumberTable {
  private keys: Float64Array;
  private slots: Int32Array;
  private mask: number;
  private shift: number;
  /** The distinct numbers, in order of first insertion. */
  values: Float64Array;
  /** How many distinct numbers. */
  size = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
    this.values = new Float64Array(Math.max(8, expected));
  }

  /** The number of `value`, inserting it (with the next number) when it is new. */
  index(value: number): number {
    const key = value + 0; // -0 → 0
    let slot = slotOf(key, this.shift);
    const { keys, slots } = this;
    for (;;) {
      const at = slots[slot]!;
      if (at < 0) break;
      if (keys[slot] === key) return at;
      slot = (slot + 1) & this.mask;
    }
    const at = this.size++;
    keys[slot] = key;
    slots[slot] = at;
    if (at === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[at] = key;
    if (this.size * 2 > this.mask) this.grow();
    return at;
  }

  /** The distinct numbers, in order of first insertion, as their own array. */
  distinct(): Float64Array {
    return this.values.slice(0, this.size);
  }

  private grow(): void {
    const { keys, slots } = this;
    const capacity = keys.length * 2;
    this.keys = new Float64Array(capacity);
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
    for (let s = 0; s < keys.length; s++) {
      const at = slots[s]!;
      if (at < 0) continue;
      const key = keys[s]!;
      let slot = slotOf(key, this.shift);
      while (this.slots[slot]! >= 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.slots[slot] = at;
    }
  }
}
