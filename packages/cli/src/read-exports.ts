import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { basename } from "node:path";
import { importChatwoot } from "@rapport/chatwoot";
import { importCsvStream } from "@rapport/csv";
import { importFreshdesk } from "@rapport/freshdesk";
import { importHelpScout } from "@rapport/helpscout";
import { importIntercom } from "@rapport/intercom";
import { importSegment } from "@rapport/segment";
import type { ImportResult, TextEnrichment } from "@rapport/source-kit";
import { detectLanguage, sentimentOf } from "@rapport/voice";
import { importZendesk } from "@rapport/zendesk";
import { csvKindOf } from "./csv-kind-of";
import { detectSource, type SourceName } from "./detect-source";
import { type FileGroup, fileGroupLabel, groupFilesBySystem } from "./group-files-by-system";
import type { InputOptions } from "./parse-command";
import type { ProgressBar } from "./progress-bar";

/**
 * One export file, imported: its source and what its adapter returned.
 *
 * @example
 * ```ts
 * import type { ImportedFile } from "@rapport/cli";
 * const line = (f: ImportedFile) => `${f.files.length} file(s) of ${f.source}: ${f.result.report.accepted} accepted`;
 * ```
 */
export interface ImportedFile {
  /** The file, or the files of one system imported together (see {@link fileGroupLabel}). */
  readonly file: string;
  /** The files imported in this one call. */
  readonly files: readonly string[];
  /** The adapter that read it, or `"warehouse"` for `report --from`. */
  readonly source: SourceName | "warehouse";
  readonly result: ImportResult;
}

/**
 * A file that could not be read at all (missing, unreadable, not JSON, source unknown): the
 * CLI prints one line per such file and exits with code 1.
 *
 * @example
 * ```ts
 * import { InputFileError } from "@rapport/cli";
 * throw new InputFileError("tickets.json", "not valid JSON: Unexpected end of JSON input");
 * ```
 */
export class InputFileError extends Error {
  override readonly name = "InputFileError";
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.file = file;
  }
}

async function headOf(path: string, bytes = 4096): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputFileError(file, `not valid JSON: ${(error as Error).message}`);
  }
}

async function importFile(path: string, source: SourceName, options: InputOptions, asOf: Date) {
  if (source === "csv") {
    const kind = options.csvKind ?? csvKindOf((await headOf(path)).split(/\r?\n/, 1)[0] ?? "");
    if (kind === null) {
      throw new InputFileError(
        path,
        "a CSV file whose header matches no documented layout (surveyResponses, interactions, cases): pass --csv-kind",
      );
    }
    // Streamed: a large CSV file is never held in memory whole.
    return importCsvStream(createReadStream(path, { encoding: "utf8" }), { kind, asOf });
  }
  const text = await readFile(path, "utf8");
  if (source === "segment") return importSegment(text, { asOf });
  return importJson(source, parseJson(path, text), asOf);
}

// Messages gain a sentiment and a language as they are read, for the report's sentiment by
// channel; their text itself is not kept.
const enrich: TextEnrichment = {
  sentiment: (text) => sentimentOf(text).compound,
  language: (text) => detectLanguage(text)?.language ?? null,
};

function importJson(source: Exclude<SourceName, "csv" | "segment">, payload: unknown, asOf: Date) {
  switch (source) {
    case "zendesk":
      return importZendesk(payload, { asOf, enrich });
    case "intercom":
      return importIntercom(payload, { asOf });
    case "freshdesk":
      return importFreshdesk(payload, { asOf });
    case "chatwoot":
      return importChatwoot(payload, { asOf });
    case "helpscout":
      return importHelpScout(payload, { asOf });
  }
}

// The JSON files of one system, in one call: the adapter joins records across them.
async function importGroup(
  group: FileGroup,
  options: InputOptions,
  asOf: Date,
): Promise<ImportResult> {
  const [first] = group.files;
  if (group.files.length === 1 || group.source === "csv" || group.source === "segment") {
    return importFile(first!, group.source, options, asOf);
  }
  const payloads: unknown[] = [];
  for (const path of group.files) payloads.push(parseJson(path, await readFile(path, "utf8")));
  return importJson(group.source, payloads, asOf);
}

/**
 * Options of {@link readExports}.
 *
 * @example
 * ```ts
 * import type { ReadExportsOptions } from "@rapport/cli";
 * const options: ReadExportsOptions = { asOf: new Date("2024-07-01T00:00:00Z") };
 * ```
 */
export interface ReadExportsOptions {
  /** The moment of the import (the caller's clock): records dated after it are rejected. */
  readonly asOf: Date;
  /** A progress bar to advance file by file. */
  readonly progress?: ProgressBar;
}

/**
 * Reads and imports export files through their source adapters, each file's source given or
 * detected. The JSON files of one system are imported in one call, so that tickets, audits,
 * users, ratings and metrics in separate files join; event streams and CSV files one by one. Records dated after `asOf` are rejected by the adapters as clock or data errors.
 *
 * @example
 * ```ts
 * import { readExports } from "@rapport/cli";
 * const files = await readExports(
 *   { files: ["tickets.json"], source: null, csvKind: null, quiet: true },
 *   { asOf: new Date("2024-07-01T00:00:00Z") },
 * );
 * ```
 */
export async function readExports(
  input: InputOptions,
  options: ReadExportsOptions,
): Promise<ImportedFile[]> {
  const { asOf, progress } = options;
  const detected: { file: string; source: SourceName }[] = [];
  for (const [index, path] of input.files.entries()) {
    progress?.update(index, basename(path));
    let head: string;
    try {
      head = await headOf(path);
    } catch (error) {
      throw new InputFileError(
        path,
        `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
    const source =
      input.source ?? detectSource(path, head) ?? detectSource(path, await readFile(path, "utf8"));
    if (source === null) {
      throw new InputFileError(
        path,
        "the source could not be detected: pass --source zendesk|intercom|freshdesk|segment|csv",
      );
    }
    detected.push({ file: path, source });
  }
  const imported: ImportedFile[] = [];
  for (const group of groupFilesBySystem(detected)) {
    const result = await importGroup(group, input, asOf);
    imported.push({
      file: fileGroupLabel(group.files),
      files: group.files,
      source: group.source,
      result,
    });
  }
  progress?.update(input.files.length);
  progress?.done();
  return imported;
}
