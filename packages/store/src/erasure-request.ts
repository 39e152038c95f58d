import type { CustomerId } from "@rapport/core";
import { expectedMessage, oneOf } from "@rapport/stats";
import { checkId } from "./check-id";
import { DEFAULT_PSEUDONYM } from "./pseudonymise-record";
import { isStoreEntity, STORE_ENTITIES, type StoreEntity, type StoreIds } from "./store-entity";
import { checkSuppression, type StoredSuppression } from "./suppressions";

/**
 * One record an erasure applies to: its repository and its id, branded as that repository's
 * records are (`CustomerId` for customers, `CaseId` for cases, `RecordId` for the rest).
 *
 * @example
 * ```ts
 * import type { ErasureTarget } from "@rapport/store";
 * import { customerId, recordId } from "@rapport/core";
 * const targets: ErasureTarget[] = [
 *   { entity: "customers", id: customerId("c1") },
 *   { entity: "surveyResponses", id: recordId("r1") },
 * ];
 * ```
 */
export type ErasureTarget = {
  readonly [E in StoreEntity]: {
    /** The repository holding the record. */
    readonly entity: E;
    /** The record's id. */
    readonly id: StoreIds[E];
  };
}[StoreEntity];

/**
 * What to erase: records to delete outright and records to pseudonymise (keep for
 * aggregates, strip every personal field; see `pseudonymiseRecord`). An erasure plan from
 * a consent policy maps onto it one target per record.
 *
 * @example
 * ```ts
 * import type { ErasureRequest } from "@rapport/store";
 * import { customerId, recordId } from "@rapport/core";
 * const request: ErasureRequest = {
 *   delete: [
 *     { entity: "customers", id: customerId("c1") },
 *     { entity: "interactions", id: recordId("i1") },
 *   ],
 *   pseudonymise: [{ entity: "surveyResponses", id: recordId("r1") }],
 *   pseudonym: customerId("anon-7f3a"),
 * };
 * ```
 */
export interface ErasureRequest {
  /** Records to delete. */
  delete?: readonly ErasureTarget[];
  /** Records to pseudonymise. */
  pseudonymise?: readonly ErasureTarget[];
  /** The customer id pseudonymised records get (default {@link DEFAULT_PSEUDONYM}). */
  pseudonym?: CustomerId;
  /**
   * The customer being erased: their data key is destroyed, so every copy of their personal
   * fields that a store with an `encryptionKey` ever wrote (write-ahead log, dead tuples,
   * backups, replicas) becomes unreadable. Records of theirs the request keeps read with
   * those fields erased.
   */
  customerId?: CustomerId;
  /**
   * The suppression record to store with the erasure (an erasure plan's `suppression`), so
   * that the customer's opt-outs keep being honoured after their data is gone.
   */
  suppression?: StoredSuppression;
}

/**
 * What an erasure did: the targets deleted, those pseudonymised, and those not found.
 *
 * @example
 * ```ts
 * import type { ErasureReport } from "@rapport/store";
 * const report: ErasureReport = {
 *   deleted: [], pseudonymised: [], notFound: [], keysDestroyed: 0, suppressionStored: false,
 * };
 * ```
 */
export interface ErasureReport {
  /** Targets that were deleted. */
  deleted: ErasureTarget[];
  /** Targets that were pseudonymised. */
  pseudonymised: ErasureTarget[];
  /** Targets that were not in the store (already erased, or never stored). */
  notFound: ErasureTarget[];
  /** How many data keys were destroyed (0 or 1; 0 without `customerId` or without a key). */
  keysDestroyed: number;
  /** Whether a suppression record was stored. */
  suppressionStored: boolean;
}

/**
 * Checks an {@link ErasureRequest}: a `TypeError` for a value of the wrong type (targets that
 * are not an array, an id that is not a string), a `RangeError` for one outside its domain
 * (an unknown entity, an empty id or pseudonym), naming the first bad target.
 *
 * @example
 * ```ts
 * import { checkErasureRequest } from "@rapport/store";
 * import { customerId } from "@rapport/core";
 * checkErasureRequest({ delete: [{ entity: "customers", id: customerId("c1") }] }).pseudonym; // "pseudonymised"
 * ```
 */
export function checkErasureRequest(request: ErasureRequest): {
  delete: readonly ErasureTarget[];
  pseudonymise: readonly ErasureTarget[];
  pseudonym: CustomerId;
  customerId: CustomerId | undefined;
  suppression: StoredSuppression | undefined;
} {
  if (typeof request !== "object" || request === null) {
    throw new TypeError(
      expectedMessage("erase: request", "an object { delete, pseudonymise, pseudonym }", request),
    );
  }
  const remove = request.delete ?? [];
  const pseudonymise = request.pseudonymise ?? [];
  checkTargets("delete", remove);
  checkTargets("pseudonymise", pseudonymise);
  const pseudonym = request.pseudonym ?? DEFAULT_PSEUDONYM;
  checkId("erase: pseudonym", "customer", pseudonym);
  const { customerId, suppression } = request;
  if (customerId !== undefined) checkId("erase: customerId", "customer", customerId);
  if (suppression !== undefined) {
    checkSuppression(suppression);
    if (customerId !== undefined && suppression.customerId !== customerId) {
      throw new RangeError(
        expectedMessage(
          "erase: suppression.customerId",
          `the customerId of the request, ${JSON.stringify(customerId)}`,
          suppression.customerId,
        ),
      );
    }
  }
  return { delete: remove, pseudonymise, pseudonym, customerId, suppression };
}

// The kind of id each erasure target takes: branded customer and case ids, record ids else.
const ID_KIND = {
  customers: "customer",
  cases: "case",
} as const satisfies Partial<Record<StoreEntity, string>>;

function checkTargets(field: string, targets: readonly ErasureTarget[]): void {
  if (!Array.isArray(targets)) {
    throw new TypeError(expectedMessage(`erase: ${field}`, "an array of { entity, id }", targets));
  }
  targets.forEach((target: ErasureTarget | null | undefined, index) => {
    const where = `erase: ${field}[${index}]`;
    if (typeof target !== "object" || target === null) {
      throw new TypeError(expectedMessage(where, "an object { entity, id }", target));
    }
    if (!isStoreEntity(target.entity)) {
      const error = typeof target.entity === "string" ? RangeError : TypeError;
      throw new error(expectedMessage(`${where}.entity`, oneOf(STORE_ENTITIES), target.entity));
    }
    checkId(`${where}.id`, ID_KIND[target.entity as keyof typeof ID_KIND] ?? "record", target.id);
  });
}
