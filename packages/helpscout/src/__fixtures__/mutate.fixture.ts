/** Replaces values at some paths of a deep copy (path chosen by index among all paths). */
export function mutate(value: unknown, mutations: readonly [number, unknown][]): unknown {
  const copy = structuredClone(value);
  for (const [index, replacement] of mutations) {
    const paths: [Record<string | number, unknown>, string | number][] = [];
    const walk = (node: unknown) => {
      if (typeof node !== "object" || node === null) return;
      for (const [k, child] of Object.entries(node)) {
        paths.push([node as Record<string | number, unknown>, Array.isArray(node) ? Number(k) : k]);
        walk(child);
      }
    };
    walk(copy);
    if (paths.length === 0) return copy;
    const [parent, key] = paths[index % paths.length]!;
    parent[key] = replacement;
  }
  return copy;
}
