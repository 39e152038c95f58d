import { isAbsolute, relative } from "node:path";
import { fileGroupLabel } from "./group-files-by-system";
import type { InputFileError } from "./input-file-error";
import type { InputOptions } from "./parse-command";
import type { ProgressBar } from "./progress-bar";
import { readExportFolder } from "./read-export-folder";
import { type ImportedFile, readExports } from "./read-exports";
import type { InputFileProblem } from "./report-json";

/** What a run read: the files imported, those left out, the warnings and the records taken in. */
export interface Inputs {
  readonly files: readonly ImportedFile[];
  readonly unreadFiles: readonly InputFileProblem[];
  readonly warnings: readonly InputFileProblem[];
  /** How many records were accepted, over every file. */
  readonly records: number;
}

/** A file as the user would name it: relative to the working directory where that is shorter. */
export function displayName(path: string): string {
  const shorter = relative(process.cwd(), path);
  return isAbsolute(path) && !shorter.startsWith("..") ? shorter : path;
}

const problemOf = (error: InputFileError): InputFileProblem => ({
  file: displayName(error.file),
  reason: error.problem,
});

/**
 * Every file of the paths given, read and imported; a file that cannot be read is noted and
 * left out, and the others are read all the same. A payload with no record in it is a warning.
 */
export async function readInputs(
  input: InputOptions,
  options: { readonly asOf: Date; readonly progress: (files: number) => ProgressBar },
): Promise<Inputs> {
  const unreadFiles: InputFileProblem[] = [];
  const onUnreadable = (error: InputFileError) => unreadFiles.push(problemOf(error));
  const paths = await readExportFolder(input.files, { onUnreadable });
  const imported = await readExports(
    { ...input, files: paths },
    { asOf: options.asOf, progress: options.progress(paths.length), onUnreadable },
  );
  return summarise(imported, unreadFiles);
}

/** The imported files named for the user, with the warnings and the count of records. */
export function summarise(
  imported: readonly ImportedFile[],
  unreadFiles: readonly InputFileProblem[],
): Inputs {
  const files = imported.map((file) => {
    const names = file.files.map(displayName);
    return { ...file, files: names, file: fileGroupLabel(names) };
  });
  const warnings = files
    .filter(({ result: { report } }) => report.records.length === 0)
    .map(({ file, source }) => ({ file, reason: `a ${source} payload with 0 records` }));
  const records = files.reduce((sum, { result }) => sum + result.report.accepted, 0);
  return { files, unreadFiles, warnings, records };
}

/**
 * The one line that says why nothing was imported: `no records imported from 2 files: a.json:
 * an empty file; b.json: not valid JSON at line 1, column 6: expected a value`.
 */
export function noRecordsLine(inputs: Inputs): string {
  const reasons = [
    ...inputs.unreadFiles,
    ...inputs.warnings,
    ...inputs.files
      .filter(({ result: { report } }) => report.records.length > 0)
      .map(({ file, result: { report } }) => ({
        file,
        reason: `${report.rejected} rejected, ${report.duplicates + report.ignored} left out`,
      })),
  ];
  const count = inputs.unreadFiles.length + inputs.files.reduce((n, f) => n + f.files.length, 0);
  const shown = reasons.slice(0, 3).map(({ file, reason }) => `${file}: ${reason}`);
  if (reasons.length > 3) shown.push(`and ${reasons.length - 3} more`);
  return `no records imported from ${count} ${count === 1 ? "file" : "files"}: ${shown.join("; ")}`;
}

/** One line per rejected record, naming the file, the record and the field. */
export function rejectedLines(files: readonly ImportedFile[]): string[] {
  return files.flatMap(({ file, result }) =>
    result.report.records
      .filter((r) => r.status === "rejected")
      .map(
        (r) =>
          `${file}: ${r.entity} ${r.sourceId ?? "(no id)"}: ${r.field ? `${r.field}: ` : ""}${r.reason ?? ""}`,
      ),
  );
}
