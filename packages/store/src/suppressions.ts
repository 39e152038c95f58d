import type { CustomerId, RecordId } from "@rapport/core";
import { expectedMessage, oneOf } from "@rapport/stats";
import { checkId } from "./check-id";
import type { RecordSealer } from "./record-sealer";

/**
 * What a store keeps of a customer after erasure: the opt-outs in force, so that a re-imported
 * customer is not contacted or sold again. The same shape as `@rapport/consent`'s
 * `SuppressionRecord` (made by `erasurePlan`), so a plan's `suppression` is stored as it is
 * and what `get` returns is passed to `evaluateConsent` as `suppressions`.
 *
 * @example
 * ```ts
 * import type { StoredSuppression } from "@rapport/store";
 * import { customerId, recordId } from "@rapport/core";
 * const suppression: StoredSuppression = {
 *   customerId: customerId("c1"),
 *   requestId: recordId("dsr_1"),
 *   erasedAt: new Date("2025-05-01T00:00:00Z"),
 *   optOuts: [{ purpose: "selling", action: "object", at: new Date("2025-04-01T00:00:00Z") }],
 * };
 * ```
 */
export interface StoredSuppression {
  /** The erased customer. */
  readonly customerId: CustomerId;
  /** The erasure request that removed their data. */
  readonly requestId: RecordId;
  /** When the erasure took effect. */
  readonly erasedAt: Date;
  /** Their opt-outs in force at erasure, one per purpose. */
  readonly optOuts: readonly {
    readonly purpose: string;
    readonly action: "withdraw" | "object" | "restrict";
    readonly at: Date;
  }[];
}

/**
 * The suppression records of a store, keyed by a hash of the customer id (a keyed HMAC when
 * the store has an `encryptionKey`), so the table never holds the identifier itself.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from "@rapport/store";
 * import { customerId } from "@rapport/core";
 * const store = createMemoryStore();
 * await store.suppressions.get(customerId("c1")); // undefined
 * ```
 */
export interface SuppressionStore {
  /** Stores a suppression record, replacing the customer's previous one. */
  put(suppression: StoredSuppression): Promise<void>;
  /** The customer's suppression record, or `undefined`. */
  get(customerId: CustomerId): Promise<StoredSuppression | undefined>;
}

/**
 * The rows an adapter keeps suppression records in: text by hashed key.
 *
 * @example
 * ```ts
 * import type { SuppressionTable } from "@rapport/store";
 * const rows = new Map<string, string>();
 * const table: SuppressionTable = {
 *   write: async (key, data) => void rows.set(key, data),
 *   read: async (key) => rows.get(key),
 * };
 * ```
 */
export interface SuppressionTable {
  /** Writes (or replaces) the row under `key`. */
  write(key: string, data: string): Promise<void>;
  /** The row under `key`, or `undefined`. */
  read(key: string): Promise<string | undefined>;
}

const ACTIONS = ["withdraw", "object", "restrict"] as const;

const validDate = (value: unknown): value is Date =>
  value instanceof Date && !Number.isNaN(value.getTime());

/**
 * Checks a {@link StoredSuppression}: a `TypeError` for a wrong type, a `RangeError` for a
 * value outside its domain (an empty id, an invalid date, an unknown action).
 *
 * @example
 * ```ts
 * import { checkSuppression } from "@rapport/store";
 * checkSuppression({ customerId: "c1", requestId: "dsr_1", erasedAt: new Date(), optOuts: [] } as never);
 * ```
 */
export function checkSuppression(suppression: StoredSuppression): void {
  const where = "suppression";
  if (typeof suppression !== "object" || suppression === null) {
    throw new TypeError(
      expectedMessage(where, "an object { customerId, requestId, erasedAt, optOuts }", suppression),
    );
  }
  checkId(`${where}.customerId`, "customer", suppression.customerId);
  checkId(`${where}.requestId`, "record", suppression.requestId);
  const dateError = (path: string, value: unknown) =>
    new (value instanceof Date ? RangeError : TypeError)(
      expectedMessage(path, "a valid Date", value),
    );
  if (!validDate(suppression.erasedAt)) throw dateError(`${where}.erasedAt`, suppression.erasedAt);
  if (!Array.isArray(suppression.optOuts)) {
    throw new TypeError(expectedMessage(`${where}.optOuts`, "an array", suppression.optOuts));
  }
  suppression.optOuts.forEach((optOut, index) => {
    const path = `${where}.optOuts[${index}]`;
    if (typeof optOut?.purpose !== "string" || optOut.purpose === "") {
      throw new TypeError(expectedMessage(`${path}.purpose`, "a purpose id", optOut?.purpose));
    }
    if (!ACTIONS.includes(optOut.action)) {
      throw new RangeError(expectedMessage(`${path}.action`, oneOf(ACTIONS), optOut.action));
    }
    if (!validDate(optOut.at)) throw dateError(`${path}.at`, optOut.at);
  });
}

/**
 * A {@link SuppressionStore} over an adapter's {@link SuppressionTable}: rows are keyed by
 * the sealer's `suppressionKey` and hold the request id, the erasure time and the opt-outs,
 * never the customer id.
 *
 * @example
 * ```ts
 * import { createRecordSealer, createSuppressionStore, memoryDataKeyTable } from "@rapport/store";
 * const rows = new Map<string, string>();
 * const suppressions = createSuppressionStore(
 *   { write: async (k, v) => void rows.set(k, v), read: async (k) => rows.get(k) },
 *   createRecordSealer(memoryDataKeyTable(), {}),
 * );
 * ```
 */
export function createSuppressionStore(
  table: SuppressionTable,
  sealer: RecordSealer,
): SuppressionStore {
  return {
    async put(suppression) {
      checkSuppression(suppression);
      const { customerId, ...kept } = suppression;
      await table.write(await sealer.suppressionKey(customerId), JSON.stringify(kept));
    },
    async get(customerId) {
      checkId("suppressions.get: customerId", "customer", customerId);
      const text = await table.read(await sealer.suppressionKey(customerId));
      if (text === undefined) return undefined;
      const row = JSON.parse(text) as {
        requestId: RecordId;
        erasedAt: string;
        optOuts: { purpose: string; action: "withdraw" | "object" | "restrict"; at: string }[];
      };
      return {
        customerId,
        requestId: row.requestId,
        erasedAt: new Date(row.erasedAt),
        optOuts: row.optOuts.map((o) => ({ ...o, at: new Date(o.at) })),
      };
    },
  };
}
