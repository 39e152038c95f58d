import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder of sample exports that ship with the CLI, for `rapport demo`.
 *
 * @example
 * ```ts
 * import { join } from "node:path";
 * import { SAMPLES_DIR } from "@rapport/cli";
 * const zendeskSample = join(SAMPLES_DIR, "zendesk-export.json");
 * ```
 */
export const SAMPLES_DIR = join(moduleDir(), "..", "samples");

/** This module's folder: `__dirname` in the CommonJS build, `import.meta.url` in the ESM one. */
export function moduleDir(): string {
  return typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url));
}
