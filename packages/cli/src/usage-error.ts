/**
 * A command line that cannot be run as written: the CLI prints the message and the usage, and
 * exits with code 2.
 *
 * @example
 * ```ts
 * import { UsageError } from "@rapport/cli";
 * throw new UsageError('unknown option "--colour"');
 * ```
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
