/** Runs at most this long are put in order by insertion, without allocating. */
const INSERTION = 48;

/**
 * Puts `order[start..end)` (event indices, ascending on entry) in time order, in place and
 * stable: equal times keep the order of their indices. `times[i]` is the time of the event at
 * `order[start + i]` and moves with it. Internal.
 *
 * The times are read by position, not by event index, so that the caller fills them while
 * reading the run's events in sequence. A customer's events usually come in time order
 * already (one pass checks), and a customer has few of them (insertion, no allocation); only
 * a long run out of order is copied and sorted with a comparator.
 */
export function sortRunByTime(
  order: Int32Array,
  start: number,
  end: number,
  times: Float64Array,
): void {
  const length = end - start;
  let sorted = true;
  for (let i = 1; i < length; i++) {
    if (times[i]! < times[i - 1]!) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  if (length <= INSERTION) {
    for (let i = 1; i < length; i++) {
      const index = order[start + i]!;
      const time = times[i]!;
      let j = i - 1;
      while (j >= 0 && times[j]! > time) {
        order[start + j + 1] = order[start + j]!;
        times[j + 1] = times[j]!;
        j--;
      }
      order[start + j + 1] = index;
      times[j + 1] = time;
    }
    return;
  }
  // Positions within the run, sorted by time, then by position (which is index order).
  const positions = Array.from({ length }, (_, i) => i);
  positions.sort((a, b) => times[a]! - times[b]! || a - b);
  const indices = order.slice(start, end);
  const copied = times.slice(0, length);
  for (let i = 0; i < length; i++) {
    order[start + i] = indices[positions[i]!]!;
    times[i] = copied[positions[i]!]!;
  }
}
