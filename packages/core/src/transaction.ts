import * as z from "zod";
import { DateTimeSchema } from "./date-time";
import { entityCodec, type ParseOptions, type SafeParseResult } from "./entity-codec";
import { CustomerIdSchema, RecordIdSchema } from "./ids";
import { MoneySchema, SourceRefSchema } from "./vocabulary";

/**
 * A purchase, renewal or refund: the buying history behind customer-alive models. Amounts are
 * integer minor units with their ISO 4217 currency; a refund has a negative amount.
 *
 * @example
 * ```ts
 * import { TransactionSchema } from "@rapport/core";
 * TransactionSchema.parse({
 *   id: "tx_1",
 *   customerId: "cus_1",
 *   kind: "purchase",
 *   amount: { amount: 2933, currency: "USD" },
 *   occurredAt: "1997-01-01T00:00:00Z",
 * });
 * ```
 */
export const TransactionSchema = /* @__PURE__ */ z.object({
  id: RecordIdSchema.describe("The transaction's id."),
  customerId: CustomerIdSchema.describe("The customer who paid or was refunded."),
  kind: z
    .enum(["purchase", "renewal", "refund"])
    .default("purchase")
    .describe("A purchase, renewal or refund."),
  amount: MoneySchema.describe("The amount, in integer minor units with its currency."),
  occurredAt: DateTimeSchema.describe("When it happened."),
  source: SourceRefSchema.optional().describe("The record in the source system it came from."),
});

/**
 * A transaction, in memory (dates as `Date`). See {@link TransactionSchema}.
 *
 * @example
 * ```ts
 * import { parseTransaction, type Transaction } from "@rapport/core";
 * const value: Transaction = parseTransaction({
 *   id: "tx_1",
 *   customerId: "cus_1",
 *   amount: { amount: 1999, currency: "EUR" },
 *   occurredAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export type Transaction = z.output<typeof TransactionSchema>;
/**
 * A transaction as JSON on the wire (dates as ISO 8601 strings). See {@link TransactionSchema}.
 *
 * @example
 * ```ts
 * import type { TransactionJson } from "@rapport/core";
 * const json: TransactionJson = {
 *   id: "tx_2",
 *   customerId: "cus_1",
 *   kind: "renewal",
 *   amount: { amount: 9900, currency: "GBP" },
 *   occurredAt: "2024-03-01T10:00:00Z",
 * };
 * ```
 */
export type TransactionJson = z.input<typeof TransactionSchema>;

const codec = /* @__PURE__ */ entityCodec("Transaction", TransactionSchema);

/**
 * Validates unknown input as a {@link Transaction}; throws a `RapportValidationError`
 * listing every issue as `path: expected …, received …`. Unknown fields are dropped; with `{ unknownKeys: "reject" }` each one is an
 * `unknown_key` issue that names the nearest known field.
 *
 * @example
 * ```ts
 * import { parseTransaction } from "@rapport/core";
 * parseTransaction({
 *   id: "tx_1",
 *   customerId: "cus_1",
 *   amount: { amount: 1999, currency: "EUR" },
 *   occurredAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export const parseTransaction = (input: unknown, options?: ParseOptions | number): Transaction =>
  codec.parse(input, options);
/**
 * Like {@link parseTransaction}, but returns `{ success: true, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseTransaction } from "@rapport/core";
 * const result = safeParseTransaction({});
 * if (!result.success) console.log(result.error.message);
 * ```
 */
export const safeParseTransaction = (
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<Transaction> => codec.safeParse(input, options);
/**
 * Decodes a transaction from its JSON form (ISO 8601 strings become `Date`s).
 *
 * @example
 * ```ts
 * import { decodeTransaction } from "@rapport/core";
 * decodeTransaction({
 *   id: "tx_2",
 *   customerId: "cus_1",
 *   kind: "renewal",
 *   amount: { amount: 9900, currency: "GBP" },
 *   occurredAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export const decodeTransaction = (
  json: TransactionJson,
  options?: ParseOptions | number,
): Transaction => codec.decode(json, options);
/**
 * Encodes a transaction to JSON (`Date`s become ISO 8601 strings in UTC); decoding the
 * result gives an equal value.
 *
 * @example
 * ```ts
 * import { decodeTransaction, encodeTransaction } from "@rapport/core";
 * JSON.stringify(encodeTransaction(decodeTransaction({
 *   id: "tx_2",
 *   customerId: "cus_1",
 *   kind: "renewal",
 *   amount: { amount: 9900, currency: "GBP" },
 *   occurredAt: "2024-03-01T10:00:00Z",
 * })));
 * ```
 */
export const encodeTransaction = (value: Transaction): TransactionJson => codec.encode(value);
