import { clock } from "./clock";
import type { Status } from "./status-types";

export const hours = (status: Status): number => clock(status);
