import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { InputFileError } from "./input-file-error";

// The files an export folder can hold that an adapter reads; others (a README, a licence) are
// left alone.
const EXPORT_EXTENSIONS = new Set([".json", ".ndjson", ".jsonl", ".csv"]);

/**
 * Options of {@link readExportFolder}.
 *
 * @example
 * ```ts
 * import type { InputFileError, ReadExportFolderOptions } from "@rapport/cli";
 * const unread: InputFileError[] = [];
 * const options: ReadExportFolderOptions = { onUnreadable: (error) => unread.push(error) };
 * ```
 */
export interface ReadExportFolderOptions {
  /** Called with each path that does not exist or holds no export file; it is left out. */
  readonly onUnreadable?: (error: InputFileError) => void;
}

/**
 * The export files of the paths given: a file as it is, a folder as the export files in it and
 * its subfolders (`.json`, `.ndjson`, `.jsonl`, `.csv`, in name order), so that a whole export
 * is read as one. A path that does not exist, or a folder with no export file, is an
 * {@link InputFileError}: passed to `options.onUnreadable` and left out when that is given,
 * thrown otherwise.
 *
 * @example
 * ```ts
 * import { readExportFolder } from "@rapport/cli";
 * const files = await readExportFolder(["exports/zendesk", "surveys.csv"]);
 * // ["exports/zendesk/satisfaction_ratings_1.json", …, "exports/zendesk/tickets_1.json", "surveys.csv"]
 * ```
 */
export async function readExportFolder(
  paths: readonly string[],
  options: ReadExportFolderOptions = {},
): Promise<string[]> {
  const unreadable = (error: InputFileError) => {
    if (options.onUnreadable === undefined) throw error;
    options.onUnreadable(error);
  };
  const files: string[] = [];
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      unreadable(
        new InputFileError(
          path,
          `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        ),
      );
      continue;
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const found = await filesIn(path);
    if (found.length === 0) {
      unreadable(
        new InputFileError(
          path,
          "a folder with no export file in it (.json, .ndjson, .jsonl or .csv)",
        ),
      );
      continue;
    }
    files.push(...found);
  }
  return [...new Set(files)];
}

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await filesIn(path)));
    else if (EXPORT_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
  return out;
}
