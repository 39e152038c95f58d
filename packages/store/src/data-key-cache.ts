import type { DataKeyTable } from "./data-key-table";
import { freshNonces, openBytes, randomBytes, type StoreKeys, sealUnder } from "./field-cipher";

/** The most unwrapped keys a sealer keeps; beyond it the least recently used goes. */
const MAX_CACHED_KEYS = 10_000;
const DATA_KEY_BYTES = 32;
const USAGES: KeyUsage[] = ["encrypt", "decrypt"];

/** What a data key is bound to when wrapped: its customer. */
export const dataKeyContext = (customerId: string): string => `data-key/${customerId}`;

const importDataKey = (raw: Uint8Array): Promise<CryptoKey> =>
  globalThis.crypto.subtle.importKey("raw", raw as BufferSource, "AES-GCM", false, USAGES);

/**
 * The unwrapped data keys of one sealer (and of its `withTable` copies), by customer id,
 * each beside the wrapped text it came from, so that a batch unwraps a customer's key once,
 * not once per record. Its lifetime is bounded three ways: an entry is used only while the
 * key table still holds the same wrapped text (every call reads the table first, so a key
 * destroyed by any process is never used again); `forget` drops the customer's entry at
 * once; and at most 10,000 entries stay, the least recently used evicted first. Internal.
 */
export class DataKeyCache {
  readonly #entries = new Map<string, { wrapped: string; key: Promise<CryptoKey> }>();

  /** The key unwrapped from `wrapped` for this customer, if it is cached. */
  get(customerId: string, wrapped: string): Promise<CryptoKey> | undefined {
    const entry = this.#entries.get(customerId);
    if (entry === undefined || entry.wrapped !== wrapped) return undefined;
    // A Map iterates in insertion order: re-inserting makes it the most recently used.
    this.#entries.delete(customerId);
    this.#entries.set(customerId, entry);
    return entry.key;
  }

  /** Caches a key; one that fails to unwrap is dropped, so the next call tries again. */
  set(customerId: string, wrapped: string, key: Promise<CryptoKey>): Promise<CryptoKey> {
    this.#entries.delete(customerId);
    this.#entries.set(customerId, { wrapped, key });
    if (this.#entries.size > MAX_CACHED_KEYS) {
      this.#entries.delete(this.#entries.keys().next().value!);
    }
    key.catch(() => {
      if (this.#entries.get(customerId)?.key === key) this.#entries.delete(customerId);
    });
    return key;
  }

  /** Drops these customers' keys (their data keys are being destroyed). */
  forget(customerIds: readonly string[]): void {
    for (const id of customerIds) this.#entries.delete(id);
  }

  /** How many keys are cached. */
  get size(): number {
    return this.#entries.size;
  }
}

/**
 * The data keys of these customers, by id, from the table (unwrapped once each, then from the
 * cache); with `create`, customers without one get a fresh random key, wrapped and added to
 * the table. Internal.
 */
export async function dataKeysOf(
  table: DataKeyTable,
  keys: Promise<StoreKeys>,
  cache: DataKeyCache,
  customerIds: readonly string[],
  create: boolean,
): Promise<Map<string, CryptoKey>> {
  const found = await table.get(customerIds);
  const missing = customerIds.filter((id) => !found.has(id));
  if (create && missing.length > 0) {
    const { wrapping } = await keys;
    const random = randomBytes(missing.length * DATA_KEY_BYTES);
    const nonces = freshNonces(missing.length);
    const made = await Promise.all(
      missing.map(async (id, i) => {
        const raw = random.subarray(i * DATA_KEY_BYTES, (i + 1) * DATA_KEY_BYTES);
        return { id, raw, wrapped: await sealUnder(wrapping, raw, dataKeyContext(id), nonces[i]!) };
      }),
    );
    await table.add(made.map(({ id, wrapped }) => [id, wrapped] as const));
    // Another writer may have added a key first: the one in the table wins. Ours, when it
    // won, is imported from the bytes at hand rather than unwrapped again.
    const stored = await table.get(missing);
    const imported: Promise<CryptoKey>[] = [];
    for (const { id, raw, wrapped } of made) {
      const winner = stored.get(id);
      if (winner === undefined) continue;
      found.set(id, winner);
      if (winner === wrapped) imported.push(cache.set(id, wrapped, importDataKey(raw)));
    }
    await Promise.allSettled(imported);
    random.fill(0); // the raw keys now live only inside non-extractable CryptoKeys
  }
  const result = new Map<string, CryptoKey>();
  await Promise.all(
    [...found].map(async ([id, wrapped]) => {
      const key =
        cache.get(id, wrapped) ??
        cache.set(
          id,
          wrapped,
          (async () => {
            const { wrapping } = await keys;
            const raw = await openBytes(wrapping, wrapped, dataKeyContext(id));
            const key = importDataKey(raw);
            raw.fill(0); // importKey has taken its copy
            return key;
          })(),
        );
      result.set(id, await key);
    }),
  );
  return result;
}
