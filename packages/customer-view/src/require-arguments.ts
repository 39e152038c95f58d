import { expectedMessage } from "@rapport/stats";

/** A `TypeError` unless `customerId` is a non-empty string (a branded `CustomerId`). */
export function requireCustomerId(where: string, customerId: unknown): void {
  if (typeof customerId !== "string" || customerId === "") {
    throw new TypeError(
      expectedMessage(
        `${where}: customerId`,
        'a CustomerId (make one with customerId("…"))',
        customerId,
      ),
    );
  }
}
