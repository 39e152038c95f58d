import type { CustomerId } from "@rapport/core";
import { DEFAULT_PSEUDONYM } from "./pseudonymise-record";
import { isStoreEntity, STORE_ENTITIES, type StoreEntity } from "./store-entity";

/**
 * One record an erasure applies to: its repository and its id.
 *
 * @example
 * ```ts
 * import type { ErasureTarget } from "@rapport/store";
 * const target: ErasureTarget = { entity: "surveyResponses", id: "r1" };
 * ```
 */
export interface ErasureTarget {
  /** The repository holding the record. */
  entity: StoreEntity;
  /** The record's id. */
  id: string;
}

/**
 * What to erase: records to delete outright and records to pseudonymise (keep for
 * aggregates, strip every personal field; see `pseudonymiseRecord`). An erasure plan from
 * a consent policy maps onto it one target per record.
 *
 * @example
 * ```ts
 * import type { ErasureRequest } from "@rapport/store";
 * const request: ErasureRequest = {
 *   delete: [{ entity: "customers", id: "c1" }, { entity: "interactions", id: "i1" }],
 *   pseudonymise: [{ entity: "surveyResponses", id: "r1" }],
 *   pseudonym: "anon-7f3a",
 * };
 * ```
 */
export interface ErasureRequest {
  /** Records to delete. */
  delete?: readonly ErasureTarget[];
  /** Records to pseudonymise. */
  pseudonymise?: readonly ErasureTarget[];
  /** The customer id pseudonymised records get (default {@link DEFAULT_PSEUDONYM}). */
  pseudonym?: string;
}

/**
 * What an erasure did: the targets deleted, those pseudonymised, and those not found.
 *
 * @example
 * ```ts
 * import type { ErasureReport } from "@rapport/store";
 * const report: ErasureReport = { deleted: [], pseudonymised: [], notFound: [] };
 * ```
 */
export interface ErasureReport {
  /** Targets that were deleted. */
  deleted: ErasureTarget[];
  /** Targets that were pseudonymised. */
  pseudonymised: ErasureTarget[];
  /** Targets that were not in the store (already erased, or never stored). */
  notFound: ErasureTarget[];
}

/**
 * Checks an {@link ErasureRequest}, throwing a `TypeError` naming the first bad target.
 *
 * @example
 * ```ts
 * import { checkErasureRequest } from "@rapport/store";
 * checkErasureRequest({ delete: [{ entity: "customers", id: "c1" }] }).pseudonym; // "pseudonymised"
 * ```
 */
export function checkErasureRequest(request: ErasureRequest): {
  delete: readonly ErasureTarget[];
  pseudonymise: readonly ErasureTarget[];
  pseudonym: CustomerId;
} {
  const remove = request.delete ?? [];
  const pseudonymise = request.pseudonymise ?? [];
  checkTargets("delete", remove);
  checkTargets("pseudonymise", pseudonymise);
  const pseudonym = request.pseudonym ?? DEFAULT_PSEUDONYM;
  if (typeof pseudonym !== "string" || pseudonym.length === 0) {
    throw new TypeError(
      `pseudonym: expected a non-empty string, received ${JSON.stringify(pseudonym)}`,
    );
  }
  return { delete: remove, pseudonymise, pseudonym: pseudonym as CustomerId };
}

function checkTargets(field: string, targets: readonly ErasureTarget[]): void {
  if (!Array.isArray(targets)) {
    throw new TypeError(
      `${field}: expected an array of { entity, id }, received ${String(targets)}`,
    );
  }
  targets.forEach((target, index) => {
    if (!isStoreEntity(target?.entity)) {
      throw new TypeError(
        `${field}[${index}].entity: expected one of ${STORE_ENTITIES.join(", ")}, received ${JSON.stringify(target?.entity)}`,
      );
    }
    if (typeof target.id !== "string" || target.id.length === 0) {
      throw new TypeError(
        `${field}[${index}].id: expected a non-empty string, received ${JSON.stringify(target.id)}`,
      );
    }
  });
}
