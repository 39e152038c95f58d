import { describe, expect, it } from "vitest";
import { ENTITIES } from "./entities";
import { CUSTOMER_ENTITY_KEYS, ENTITY_KEYS, ENTITY_KINDS, emptyEntityLists } from "./entity-keys";

describe("the entity vocabulary", () => {
  it("lists eleven entities, each with its kind and schema", () => {
    expect(ENTITY_KEYS).toEqual([
      "customers",
      "agents",
      "teams",
      "cases",
      "interactions",
      "surveyResponses",
      "journeyEvents",
      "consentEvents",
      "transactions",
      "careGestures",
      "dataSubjectRequests",
    ]);
    for (const key of ENTITY_KEYS) {
      expect(ENTITIES[key].key).toBe(key);
      expect(ENTITIES[key].kind).toBe(ENTITY_KINDS[key]);
      // Every schema rejects an empty object: each entity has required fields.
      expect(ENTITIES[key].schema.safeParse({}).success).toBe(false);
    }
  });

  it("keeps agents and teams out of a customer's records", () => {
    expect(CUSTOMER_ENTITY_KEYS).not.toContain("agents");
    expect(CUSTOMER_ENTITY_KEYS).not.toContain("teams");
    expect(CUSTOMER_ENTITY_KEYS).toHaveLength(9);
  });

  it("makes fresh empty lists every time", () => {
    const a = emptyEntityLists();
    a.cases.push({} as never);
    expect(emptyEntityLists().cases).toHaveLength(0);
    expect(Object.keys(a)).toEqual([...ENTITY_KEYS]);
  });
});
