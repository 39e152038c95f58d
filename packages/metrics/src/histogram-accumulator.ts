import { expectedMessage, oneOf } from "@rapport/stats";
// The machinery shared by the three score accumulators: a histogram of integer counts, one
// per answer. Integer counts make merging exact (associative and commutative), and every
// figure is computed from the histogram alone, so any split of the data gives the same result
// as one pass.

/** Adds `counts` into `target`, element by element; internal. */
export function addInto(target: number[], counts: readonly number[]): void {
  for (let i = 0; i < target.length; i++) target[i]! += counts[i]!;
}

/** The JSON form of an accumulator or the accumulator itself, as JSON; internal. */
export function jsonOf(other: object): unknown {
  const candidate = other as { toJSON?: unknown };
  return typeof candidate.toJSON === "function" ? (candidate.toJSON as () => unknown)() : other;
}

/** Validates the JSON form of an accumulator and returns a copy of its counts; internal. */
export function countsFromJson(
  fn: string,
  json: unknown,
  metric: string,
  scales: Readonly<Record<string, number>>,
): { scale: string; counts: number[] } {
  if (typeof json !== "object" || json === null) {
    throw new TypeError(expectedMessage(`${fn}: other`, "an accumulator or its JSON", json));
  }
  const record = json as { metric?: unknown; scale?: unknown; counts?: unknown };
  if (record.metric !== metric) {
    throw new RangeError(
      expectedMessage(`${fn}: other.metric`, JSON.stringify(metric), record.metric),
    );
  }
  const size =
    typeof record.scale === "string" && Object.hasOwn(scales, record.scale)
      ? scales[record.scale]
      : undefined;
  if (size === undefined) {
    throw new RangeError(
      expectedMessage(`${fn}: other.scale`, oneOf(Object.keys(scales)), record.scale),
    );
  }
  if (!Array.isArray(record.counts) || record.counts.length !== size) {
    throw new RangeError(
      expectedMessage(`${fn}: other.counts`, `an array of ${size} whole numbers`, record.counts),
    );
  }
  const counts = record.counts.map((count: unknown, i: number) => {
    if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(
        expectedMessage(`${fn}: other.counts[${i}]`, "a whole number ≥ 0", count),
      );
    }
    return count;
  });
  return { scale: record.scale as string, counts };
}

/** An array of `size` zeros, packed (no holes), so V8 keeps its fast element kind; internal. */
export function zeros(size: number): number[] {
  const counts: number[] = [];
  for (let i = 0; i < size; i++) counts.push(0);
  return counts;
}
