import type { CustomerId } from "@rapport/core";
import { repositoryOf, type StoreRepositories } from "./care-store";
import { checkErasureRequest, type ErasureReport, type ErasureRequest } from "./erasure-request";
import type { SuppressionStore } from "./suppressions";

/**
 * Carries out an erasure request through a store's repositories, one target at a time:
 * deletions first, then pseudonymisations, then the suppression record is stored and the
 * customer's data key destroyed (through `extras`, when the adapter has them). Adapters
 * without a transaction of their own implement `erase` with it.
 *
 * @example
 * ```ts
 * import { applyErasure, createMemoryStore } from "@rapport/store";
 * import { customerId } from "@rapport/core";
 * const report = await applyErasure(createMemoryStore().forTenant("acme"), {
 *   delete: [{ entity: "customers", id: customerId("c1") }],
 * });
 * report.notFound; // [{ entity: "customers", id: "c1" }]
 * ```
 */
export async function applyErasure(
  store: StoreRepositories,
  request: ErasureRequest,
  extras: {
    /** Destroys customers' data keys (the store's sealer's `forget`). */
    readonly forget?: (customerIds: readonly CustomerId[]) => Promise<number>;
    /** Where the suppression record goes. */
    readonly suppressions?: SuppressionStore;
  } = {},
): Promise<ErasureReport> {
  const checked = checkErasureRequest(request);
  const report: ErasureReport = {
    deleted: [],
    pseudonymised: [],
    notFound: [],
    keysDestroyed: 0,
    suppressionStored: false,
  };
  for (const target of checked.delete) {
    const count = await repositoryOf(store, target.entity).delete([target.id as never]);
    (count > 0 ? report.deleted : report.notFound).push({ ...target });
  }
  for (const target of checked.pseudonymise) {
    const count = await repositoryOf(store, target.entity).pseudonymise(
      [target.id as never],
      checked.pseudonym,
    );
    (count > 0 ? report.pseudonymised : report.notFound).push({ ...target });
  }
  if (checked.suppression !== undefined && extras.suppressions !== undefined) {
    await extras.suppressions.put(checked.suppression);
    report.suppressionStored = true;
  }
  if (checked.customerId !== undefined && extras.forget !== undefined) {
    report.keysDestroyed = await extras.forget([checked.customerId]);
  }
  return report;
}
