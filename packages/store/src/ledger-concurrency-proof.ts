import type { CareStore } from "./care-store";
import { onFreshStores } from "./conformance-test";
import { ledgerConcurrencyTest } from "./ledger-conformance";
import type { ConformanceTestApi } from "./store-conformance";

/**
 * The consent ledger's proof at scale: 1,000 customers (or `pairs`) each get a grant and a
 * withdrawal at once, each its own call, odd pairs withdrawing first, then every grant's id
 * again for another customer. It passes when every write is acknowledged, every reused id is
 * refused, no event is lost or overwritten and every customer's latest event is the
 * withdrawal. {@link runStoreConformance} runs the same test with 50 pairs; this one takes
 * seconds on a database, so it belongs in a `*.slow.test.ts` file (`npm run test:slow`).
 *
 * @example
 * ```ts
 * import { createMemoryStore } from "@rapport/store";
 * import { runLedgerConcurrencyProof } from "@rapport/store/conformance";
 * import { describe, expect, it } from "vitest";
 * runLedgerConcurrencyProof(() => createMemoryStore(), { describe, it, expect, name: "memory" });
 * ```
 */
export function runLedgerConcurrencyProof(
  factory: () => CareStore | Promise<CareStore>,
  api: Omit<ConformanceTestApi, "encrypted" | "ledgerPairs"> & { pairs?: number },
): void {
  const pairs = api.pairs ?? 1000;
  api.describe(api.name ?? "CareStore ledger at scale", () => {
    ledgerConcurrencyTest(
      onFreshStores(factory, api.it),
      api.expect,
      pairs,
      "runLedgerConcurrencyProof: pairs",
    );
  });
}
