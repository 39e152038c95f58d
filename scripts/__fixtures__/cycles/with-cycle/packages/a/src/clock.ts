import type { Status } from "./status";
import { HOUR } from "./units";

export const clock = (status: Status): number => status.elapsed * HOUR;
