export interface Status {
  readonly elapsed: number;
}
