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
import { describeJsonError } from "./describe-json-error";
import { detectSource } from "./detect-source";
import { type FileGroup, fileGroupLabel, groupFilesBySystem } from "./group-files-by-system";
import { InputFileError } from "./input-file-error";
import type { InputOptions } from "./parse-command";
import type { ProgressBar } from "./progress-bar";
import { SOURCES, type SourceName } from "./sources";

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
    // A byte-order mark, as some Windows tools write, is not part of the JSON.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new InputFileError(
      file,
      describeJsonError(text) ?? `not valid JSON: ${(error as Error).message}`,
    );
  }
}

/** Why a file whose source was not detected cannot be read: its JSON error, or the source. */
function undetected(path: string, text: string): InputFileError {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  const lines = /\.(ndjson|jsonl)$/i.test(path);
  const json = /\.json$/i.test(path) || lines || trimmed.startsWith("{") || trimmed.startsWith("[");
  const problem =
    trimmed === ""
      ? describeJsonError(text)
      : json
        ? describeJsonError(lines ? (trimmed.split("\n", 1)[0] ?? "") : text)
        : null;
  return new InputFileError(
    path,
    problem === null
      ? `the source could not be detected: pass --source ${SOURCES.join("|")}`
      : lines && trimmed !== ""
        ? `its first line is ${problem.replace(/^truncated: the file/, "truncated: the line")}`
        : problem,
  );
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
      return importIntercom(payload, { asOf, enrich });
    case "freshdesk":
      return importFreshdesk(payload, { asOf, enrich });
    case "chatwoot":
      return importChatwoot(payload, { asOf, enrich });
    case "helpscout":
      return importHelpScout(payload, { asOf, enrich });
  }
}

// The JSON files of one system, in one call: the adapter joins records across them.
// A file that cannot be parsed is passed to `unreadable` and left out of its group; without
// `unreadable`, it throws. Returns null when no file of the group could be read.
async function importGroup(
  group: FileGroup,
  options: InputOptions,
  asOf: Date,
  unreadable: ((error: InputFileError) => void) | undefined,
): Promise<{ files: readonly string[]; result: ImportResult } | null> {
  const [first] = group.files;
  const attempt = async <T>(run: () => Promise<T> | T): Promise<T | null> => {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof InputFileError) || unreadable === undefined) throw error;
      unreadable(error);
      return null;
    }
  };
  if (group.files.length === 1 || group.source === "csv" || group.source === "segment") {
    const result = await attempt(() => importFile(first!, group.source, options, asOf));
    return result === null ? null : { files: group.files, result };
  }
  const files: string[] = [];
  const payloads: unknown[] = [];
  for (const path of group.files) {
    const payload = await attempt(async () => parseJson(path, await readFile(path, "utf8")));
    if (payload === null) continue;
    files.push(path);
    payloads.push(payload);
  }
  if (files.length === 0) return null;
  const source = group.source;
  return { files, result: importJson(source, files.length === 1 ? payloads[0] : payloads, asOf) };
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
  /**
   * Called with every file that cannot be read (missing, unreadable, empty, not JSON, source
   * unknown), which is then left out while the other files are read. Without it, the first such
   * file throws its {@link InputFileError}.
   */
  readonly onUnreadable?: (error: InputFileError) => void;
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
  const { asOf, progress, onUnreadable } = options;
  const unreadable = (error: InputFileError) => {
    if (onUnreadable === undefined) throw error;
    onUnreadable(error);
  };
  const detected: { file: string; source: SourceName }[] = [];
  for (const [index, path] of input.files.entries()) {
    progress?.update(index, basename(path));
    let head: string;
    try {
      head = await headOf(path);
    } catch (error) {
      unreadable(
        new InputFileError(
          path,
          `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        ),
      );
      continue;
    }
    let source = input.source ?? detectSource(path, head);
    if (source === null) {
      const text = await readFile(path, "utf8");
      source = detectSource(path, text);
      if (source === null) {
        unreadable(undetected(path, text));
        continue;
      }
    }
    detected.push({ file: path, source });
  }
  const imported: ImportedFile[] = [];
  for (const group of groupFilesBySystem(detected)) {
    const read = await importGroup(group, input, asOf, onUnreadable);
    if (read === null) continue;
    imported.push({
      file: fileGroupLabel(read.files),
      files: read.files,
      source: group.source,
      result: read.result,
    });
  }
  progress?.update(input.files.length);
  progress?.done();
  return imported;
}
