/** Runs at most this long are put in order by insertion, without allocating. */
const INSERTION = 48;

/**
 * Puts `order[start..end)` (event indices, ascending on entry) in time order, in place and
 * stable: equal times keep the order of their indices. Internal.
 *
 * A customer's events usually come in time order already (one pass checks), and a customer
 * has few of them (insertion, no allocation); only a long run out of order is copied and
 * sorted with a comparator.
 */
export function sortRunByTime(
  order: Int32Array | number[],
  start: number,
  end: number,
  times: ArrayLike<number>,
): void {
  let sorted = true;
  for (let i = start + 1; i < end; i++) {
    if (times[order[i]!]! < times[order[i - 1]!]!) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  if (end - start <= INSERTION) {
    for (let i = start + 1; i < end; i++) {
      const index = order[i]!;
      const time = times[index]!;
      let j = i - 1;
      while (j >= start && times[order[j]!]! > time) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = index;
    }
    return;
  }
  const run: number[] = [];
  for (let i = start; i < end; i++) run.push(order[i]!);
  run.sort((a, b) => times[a]! - times[b]! || a - b);
  for (let i = 0; i < run.length; i++) order[start + i] = run[i]!;
}
