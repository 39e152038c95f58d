import { type CustomerId, ENTITY_KINDS } from "@rapport/core";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { ErasureRequest, ErasureTarget } from "./erasure-request";
import { isStoreEntity, type StoreEntity } from "./store-entity";
import type { StoredSuppression } from "./suppressions";

/**
 * The parts of an erasure plan (`erasurePlan` of `@rapport/consent`) a store carries out:
 * records named by record kind (`"customer"`, `"surveyResponse"`…), the pseudonym, and the
 * suppression record.
 *
 * @example
 * ```ts
 * import type { ErasurePlanLike } from "@rapport/store";
 * import { customerId, recordId } from "@rapport/core";
 * const plan: ErasurePlanLike = {
 *   customerId: customerId("c1"),
 *   delete: [{ entity: "customer", id: "c1" }],
 *   pseudonymise: [],
 *   suppression: { customerId: customerId("c1"), requestId: recordId("dsr_1"), erasedAt: new Date(), optOuts: [] },
 * };
 * ```
 */
export interface ErasurePlanLike {
  /** The customer being erased. */
  readonly customerId: CustomerId;
  /** Records to delete. */
  readonly delete: readonly { readonly entity: string; readonly id: string }[];
  /** Records to pseudonymise, each with the pseudonym it gets. */
  readonly pseudonymise: readonly {
    readonly entity: string;
    readonly id: string;
    readonly pseudonym: string;
  }[];
  /** What remains so that opt-outs keep being honoured. */
  readonly suppression: StoredSuppression;
}

const KEY_OF_KIND: ReadonlyMap<string, StoreEntity> = /* @__PURE__ */ new Map(
  Object.entries(ENTITY_KINDS)
    .filter(([key]) => isStoreEntity(key))
    .map(([key, kind]) => [kind, key as StoreEntity]),
);

/**
 * The {@link ErasureRequest} that carries out an erasure plan: its deletions and
 * pseudonymisations, the customer whose data key is destroyed, and the suppression record to
 * store. A `RangeError` for a record kind the store does not hold.
 *
 * @example
 * ```ts
 * import { createMemoryStore, erasureRequestOf } from "@rapport/store";
 * import { customerId, recordId } from "@rapport/core";
 * const store = createMemoryStore();
 * await store.erase(
 *   erasureRequestOf({
 *     customerId: customerId("c1"),
 *     delete: [{ entity: "customer", id: "c1" }],
 *     pseudonymise: [{ entity: "surveyResponse", id: "r1", pseudonym: "erased:dsr_1" }],
 *     suppression: { customerId: customerId("c1"), requestId: recordId("dsr_1"), erasedAt: new Date(), optOuts: [] },
 *   }),
 * );
 * ```
 */
export function erasureRequestOf(plan: ErasurePlanLike): ErasureRequest {
  const target = (field: string, ref: { entity: string; id: string }, index: number) => {
    const entity = KEY_OF_KIND.get(ref.entity);
    if (entity === undefined) {
      throw new RangeError(
        expectedMessage(
          `erasureRequestOf: ${field}[${index}].entity`,
          oneOf([...KEY_OF_KIND.keys()]),
          ref.entity,
        ),
      );
    }
    return { entity, id: ref.id } as ErasureTarget;
  };
  const pseudonym = plan.pseudonymise[0]?.pseudonym;
  return {
    delete: plan.delete.map((ref, index) => target("delete", ref, index)),
    pseudonymise: plan.pseudonymise.map((ref, index) => target("pseudonymise", ref, index)),
    ...(pseudonym === undefined ? {} : { pseudonym: pseudonym as CustomerId }),
    customerId: plan.customerId,
    suppression: plan.suppression,
  };
}
