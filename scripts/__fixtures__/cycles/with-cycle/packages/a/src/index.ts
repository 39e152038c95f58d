export { clock } from "./clock";
export { hours, type Status } from "./status";
