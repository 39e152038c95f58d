// The generated transactions of the RFM benchmark, the same in SQL and in memory: customer
// i mod 1,000,000, a purchase of 100 + (i · 37 mod 9,900) cents, at 2022-01-01 plus
// (i · 7,919 mod three years) milliseconds.
import { customerId, recordId, type Transaction } from "@rapport/core";

export const CUSTOMERS = 1_000_000;
export const T0 = Date.UTC(2022, 0, 1);
export const SPAN = 3 * 365 * 86_400_000;

export function transactionAt(i: number): Transaction {
  return {
    id: recordId(`t${i}`),
    customerId: customerId(`c${i % CUSTOMERS}`),
    kind: "purchase",
    amount: { amount: 100 + ((i * 37) % 9_900), currency: "USD" },
    occurredAt: new Date(T0 + ((i * 7_919) % SPAN)),
  };
}

/** The same rows as a DuckDB SELECT over range(n). */
export const TRANSACTIONS_SQL = (n: number) => `create table care_transactions as
  select 't' || i as id, 'c' || (i % ${CUSTOMERS}) as customer_id, 'purchase' as kind,
    100 + ((i * 37) % 9900) as amount, 'USD' as currency, ${T0} + ((i * 7919) % ${SPAN}) as occurred_ms
  from range(${n}) t(i)`;
