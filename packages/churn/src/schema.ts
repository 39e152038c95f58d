// The `@rapport/churn/schema` entry: the zod schemas of churn models and `defineChurnModel`,
// which validates with them. Apart from the main entry so that importing the models, the
// scorecard and the curves does not load zod; the types (`ChurnModel`, `ChurnTerm`,
// `ChurnModelInput`) are exported by the main entry.
export { ChurnModelSchema, ChurnTermSchema } from "./churn-model-schema";
export { defineChurnModel } from "./define-churn-model";
