/**
 * A file that could not be read at all (missing, unreadable, empty, not JSON, source
 * unknown): the CLI prints one line per such file, goes on with the others, and lists it under
 * `unreadFiles` in `--json`.
 *
 * @example
 * ```ts
 * import { InputFileError } from "@rapport/cli";
 * throw new InputFileError("tickets.json", "not valid JSON at line 3, column 9: expected a value");
 * ```
 */
export class InputFileError extends Error {
  override readonly name = "InputFileError";
  readonly file: string;
  /** What is wrong with the file, without its name. */
  readonly problem: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.file = file;
    this.problem = problem;
  }
}
