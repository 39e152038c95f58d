import type { CustomerId } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import { DataKeyCache, dataKeysOf } from "./data-key-cache";
import type { DataKeyTable } from "./data-key-table";
import { deriveStoreKeys, type StoreKeys, utf8 } from "./field-cipher";
import { PERSONAL_FIELDS } from "./personal-fields";
import type { PreparedRecord } from "./prepare-upsert";
import { openTexts, type PlainMessage, type SealedMessage, sealTexts } from "./seal-batch";
import type { StoreEntity, StoreRecords } from "./store-entity";
import { decodeStoreObject, encodeStoreRecord } from "./store-record-codec";

/**
 * How a store turns records into the text it writes and back: with an `encryptionKey`, the
 * {@link PERSONAL_FIELDS} of each record are encrypted with its customer's data key
 * (AES-GCM, bound to the entity and record id) and reads decrypt them; destroying the key
 * (`forget`) makes every stored copy unreadable. Without a key, records are stored as plain
 * JSON. Adapters use one sealer for all their repositories.
 *
 * @example
 * ```ts
 * import { createRecordSealer, generateEncryptionKey, memoryDataKeyTable, prepareUpsert } from "@rapport/store";
 * import { parseCustomer } from "@rapport/core";
 * const sealer = createRecordSealer(memoryDataKeyTable(), { encryptionKey: generateEncryptionKey() });
 * const { records } = prepareUpsert("customers", parseCustomer({ id: "c1", name: "Ada" }));
 * const [text] = await sealer.seal("customers", records); // no "Ada" in it
 * (await sealer.open("customers", [text!]))[0]?.name; // "Ada"
 * ```
 */
export interface RecordSealer {
  /** Whether personal fields are encrypted. */
  readonly encrypted: boolean;
  /** The stored text of each record, in order; makes data keys for customers without one. */
  seal<E extends StoreEntity>(entity: E, records: readonly PreparedRecord<E>[]): Promise<string[]>;
  /** The records back from their stored text, in order; fields of a destroyed key read as erased. */
  open<E extends StoreEntity>(entity: E, texts: readonly string[]): Promise<StoreRecords[E][]>;
  /** Destroys the data keys of these customers (crypto-shredding); resolves to how many there were. */
  forget(customerIds: readonly CustomerId[]): Promise<number>;
  /** The key a suppression record of this customer is stored under: a hash, never the id. */
  suppressionKey(customerId: CustomerId): Promise<string>;
  /** The same sealer (keys, cache) over another key table, e.g. one bound to a transaction. */
  withTable(table: DataKeyTable): RecordSealer;
}

/** The field of stored JSON that holds the sealed personal fields. */
const SEALED = "~sealed";
type Json = Record<string, unknown>;

function customerOf(entity: StoreEntity, json: Json): string {
  return String(entity === "customers" ? json["id"] : json["customerId"]);
}

/**
 * Moves the personal fields out of a record; the input is not mutated. Values stay as they
 * are (a `Date` is still one): `JSON.stringify` of each half gives the text a JSON round trip
 * of the record would, without the round trip.
 */
function split(entity: StoreEntity, record: Json): { plain: Json; personal: Json | null } {
  const plain: Json = { ...record };
  let personal: Json | null = null;
  for (const { path } of PERSONAL_FIELDS[entity]) {
    const [first, second] = path;
    if (second === undefined) {
      if (plain[first] === undefined) continue;
      personal ??= {};
      personal[first] = plain[first];
      delete plain[first];
      continue;
    }
    const parent = plain[first];
    if (typeof parent !== "object" || parent === null || (parent as Json)[second] === undefined) {
      continue;
    }
    const copy: Json = { ...(parent as Json) };
    personal ??= {};
    personal[`${first}.${second}`] = copy[second];
    delete copy[second];
    plain[first] = copy;
  }
  return { plain, personal };
}

function merge(entity: StoreEntity, plain: Json, personal: Json | null): Json {
  for (const { path, erased } of PERSONAL_FIELDS[entity]) {
    const [first, second] = path;
    const name = second === undefined ? first : `${first}.${second}`;
    const value = personal === null ? erased : personal[name];
    if (value === undefined) continue;
    if (second === undefined) plain[first] = value;
    else plain[first] = { ...(plain[first] as Json), [second]: value };
  }
  return plain;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest(
    "SHA-256",
    utf8.encode(text) as BufferSource,
  );
  return hex(new Uint8Array(digest));
}

const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

/**
 * Makes the {@link RecordSealer} of a store from its {@link DataKeyTable} and its options.
 * `encryptionKey` is the application's 32-byte master key (see `generateEncryptionKey`);
 * without it, records are stored as plain JSON and reading a sealed record is an error.
 *
 * @example
 * ```ts
 * import { createRecordSealer, memoryDataKeyTable } from "@rapport/store";
 * const plain = createRecordSealer(memoryDataKeyTable(), {});
 * plain.encrypted; // false
 * ```
 */
export function createRecordSealer(
  table: DataKeyTable,
  options: { encryptionKey?: Uint8Array | undefined },
): RecordSealer {
  const master = options.encryptionKey;
  let derived: Promise<StoreKeys> | undefined;
  if (master !== undefined) {
    derived = deriveStoreKeys(master);
    derived.catch(() => {}); // reported where it is awaited
  }
  return sealerOver(table, derived, new DataKeyCache());
}

function sealerOver(
  table: DataKeyTable,
  derived: Promise<StoreKeys> | undefined,
  cache: DataKeyCache,
): RecordSealer {
  const keysFor = (customerIds: readonly string[], create: boolean) =>
    dataKeysOf(table, derived!, cache, customerIds, create);

  return {
    encrypted: derived !== undefined,
    withTable: (other) => sealerOver(other, derived, cache),
    async seal(entity, records) {
      if (derived === undefined) return records.map((r) => encodeStoreRecord(entity, r.record));
      const customers = [...new Set(records.map((r) => r.customerId))];
      const keys = await keysFor(customers, true);
      // Every record's personal fields are one AES-GCM message; a batch seals them together.
      const halves = records.map(({ record }) => split(entity, record as unknown as Json));
      const messages: PlainMessage[] = [];
      records.forEach(({ id, customerId }, index) => {
        const { personal } = halves[index]!;
        if (personal === null) return;
        const key = keys.get(customerId)!;
        messages.push({ key, text: JSON.stringify(personal), context: `${entity}/${id}` });
      });
      const boxes = await sealTexts(messages);
      let next = 0;
      return halves.map(({ plain, personal }) => {
        if (personal !== null) plain[SEALED] = boxes[next++];
        return JSON.stringify(plain);
      });
    },
    async open(entity, texts) {
      const parsed = texts.map((text) => JSON.parse(text) as Json);
      const sealed = parsed.filter((json) => typeof json[SEALED] === "string");
      if (sealed.length > 0 && derived === undefined) {
        throw new Error(
          expectedMessage(
            "encryptionKey",
            "the key the store's records were written with (they are encrypted)",
            undefined,
          ),
        );
      }
      if (sealed.length === 0) return parsed.map((json) => decodeStoreObject(entity, json));
      const keys = await keysFor(
        [...new Set(sealed.map((json) => customerOf(entity, json)))],
        false,
      );
      // Records whose key is destroyed read with their personal fields erased.
      const messages: SealedMessage[] = [];
      const opened: Json[] = [];
      for (const json of sealed) {
        const box = json[SEALED] as string;
        delete json[SEALED];
        const key = keys.get(customerOf(entity, json));
        if (key === undefined) continue;
        opened.push(json);
        messages.push({ key, sealed: box, context: `${entity}/${String(json["id"])}` });
      }
      const personal = new Map<Json, Json>();
      (await openTexts(messages)).forEach((text, index) => {
        personal.set(opened[index]!, JSON.parse(text) as Json);
      });
      const wasSealed = new Set(sealed);
      return parsed.map((json) =>
        decodeStoreObject(
          entity,
          wasSealed.has(json) ? merge(entity, json, personal.get(json) ?? null) : json,
        ),
      );
    },
    forget(customerIds) {
      cache.forget(customerIds);
      return table.destroy(customerIds);
    },
    async suppressionKey(customerId) {
      if (derived === undefined) return sha256Hex(`rapport/suppression/${customerId}`);
      const { hashing } = await derived;
      const mac = await globalThis.crypto.subtle.sign(
        "HMAC",
        hashing,
        utf8.encode(customerId) as BufferSource,
      );
      return hex(new Uint8Array(mac));
    },
  };
}
