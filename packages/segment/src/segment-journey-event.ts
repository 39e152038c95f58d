import { type JourneyEvent, parseJourneyEvent } from "@rapport/core";

/** A copy of a plain object's own enumerable string keys, as the schema's record copies them. */
function copyProperties(properties: Record<string, unknown>): Record<string, unknown> | undefined {
  if (Object.getOwnPropertySymbols(properties).length > 0) return undefined;
  const copy: Record<string, unknown> = {};
  for (const key in properties) {
    if (!Object.hasOwn(properties, key)) continue;
    if (key === "__proto__") return undefined;
    copy[key] = properties[key];
  }
  return copy;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * The journey event of a `track` (or `page`, `screen`) message. Its ids are never empty and its
 * instant is valid by the time it is built, so it is built here as the schema would build it
 * (its fields in the schema's order, `properties` copied); properties of another shape go
 * through the schema, which reads them or says what is wrong.
 */
export function journeyEventOf(
  id: string,
  customerId: string,
  name: string,
  stage: string | undefined,
  occurredAt: Date,
  source: { readonly system: string; readonly id: string },
  rawProperties: unknown,
): JourneyEvent {
  const properties =
    rawProperties === undefined || rawProperties === null
      ? {}
      : isPlainObject(rawProperties)
        ? copyProperties(rawProperties)
        : undefined;
  if (properties !== undefined && name !== "" && stage !== "") {
    const event =
      stage === undefined
        ? { id, customerId, name, occurredAt, source, properties }
        : { id, customerId, name, stage, occurredAt, source, properties };
    return event as JourneyEvent;
  }
  // A plain literal (no spreads) keeps the object fast for the validator to walk.
  const fields: Record<string, unknown> = {
    id,
    customerId,
    name,
    occurredAt,
    source,
    properties: rawProperties ?? {},
  };
  if (stage !== undefined) fields["stage"] = stage;
  return parseJourneyEvent(fields);
}
