// A growable list of 32-bit integers: pair lists and index lists without an object or a boxed
// number per entry.

export class IntList {
  #items = new Int32Array(1024);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    if (this.#length === this.#items.length) {
      const grown = new Int32Array(this.#items.length * 2);
      grown.set(this.#items);
      this.#items = grown;
    }
    this.#items[this.#length++] = value;
  }

  /** A copy of the items, exactly as long as the list. */
  toArray(): Int32Array {
    return this.#items.slice(0, this.#length);
  }
}
