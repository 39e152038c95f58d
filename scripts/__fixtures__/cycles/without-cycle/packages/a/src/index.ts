export { clock } from "./clock";
export { hours } from "./status";
export type { Status } from "./status-types";
