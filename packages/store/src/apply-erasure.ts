import { repositoryOf, type StoreRepositories } from "./care-store";
import { checkErasureRequest, type ErasureReport, type ErasureRequest } from "./erasure-request";

/**
 * Carries out an erasure request through a store's repositories, one target at a time:
 * deletions first, then pseudonymisations. Adapters implement `erase` with it.
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
): Promise<ErasureReport> {
  const checked = checkErasureRequest(request);
  const report: ErasureReport = { deleted: [], pseudonymised: [], notFound: [] };
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
  return report;
}
