import { clock } from "./clock";

export interface Status {
  readonly elapsed: number;
}

export const hours = (status: Status): number => clock(status);
