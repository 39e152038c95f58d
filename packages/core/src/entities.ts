import type * as z from "zod";
import { AgentSchema } from "./agent";
import { CareGestureSchema } from "./care-gesture";
import { CaseSchema } from "./case";
import { ConsentEventSchema } from "./consent-event";
import { CustomerSchema } from "./customer";
import { DataSubjectRequestSchema } from "./data-subject-request";
import { ENTITY_KINDS, type EntityKey } from "./entity-keys";
import { InteractionSchema } from "./interaction";
import { JourneyEventSchema } from "./journey-event";
import { SurveyResponseSchema } from "./survey-response";
import { TeamSchema } from "./team";
import { TransactionSchema } from "./transaction";

/**
 * The entity table with its schemas: key, record kind and zod schema of every entity. Import
 * {@link ENTITY_KINDS} instead where the schemas are not needed: this table pulls in zod.
 *
 * @example
 * ```ts
 * import { ENTITIES } from "@rapport/core";
 * ENTITIES.cases.schema.safeParse({}).success; // false
 * ENTITIES.cases.kind; // "case"
 * ```
 */
export const ENTITIES = /* @__PURE__ */ (() => {
  const schemas = {
    customers: CustomerSchema,
    agents: AgentSchema,
    teams: TeamSchema,
    cases: CaseSchema,
    interactions: InteractionSchema,
    surveyResponses: SurveyResponseSchema,
    journeyEvents: JourneyEventSchema,
    consentEvents: ConsentEventSchema,
    transactions: TransactionSchema,
    careGestures: CareGestureSchema,
    dataSubjectRequests: DataSubjectRequestSchema,
  } as const;
  return Object.fromEntries(
    Object.entries(schemas).map(([key, schema]) => [
      key,
      { key, kind: ENTITY_KINDS[key as EntityKey], schema },
    ]),
  ) as {
    readonly [K in EntityKey]: {
      readonly key: K;
      readonly kind: (typeof ENTITY_KINDS)[K];
      readonly schema: (typeof schemas)[K];
    };
  };
})();

/**
 * The zod schema of an entity key.
 *
 * @example
 * ```ts
 * import type { EntitySchema } from "@rapport/core";
 * type CaseSchemaType = EntitySchema<"cases">;
 * ```
 */
export type EntitySchema<K extends EntityKey> = (typeof ENTITIES)[K]["schema"] & z.ZodType;
