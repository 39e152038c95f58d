import type { SourceName } from "./sources";

/**
 * Export files that are imported in one call: every JSON file of one system (tickets, audits,
 * users, ratings and metrics in separate files then join), or one stream or CSV file alone.
 *
 * @example
 * ```ts
 * import type { FileGroup } from "@rapport/cli";
 * const label = (g: FileGroup) => `${g.source}: ${g.files.join(", ")}`;
 * ```
 */
export interface FileGroup {
  readonly source: SourceName;
  readonly files: readonly string[];
}

// Segment streams and CSV files are read as text streams, one file a call.
const ONE_FILE_A_CALL: ReadonlySet<SourceName> = new Set(["segment", "csv"]);

/**
 * Groups detected files by system, in the order each system is first seen: the JSON files of a
 * helpdesk together, each event stream and CSV file on its own.
 *
 * @example
 * ```ts
 * import { groupFilesBySystem } from "@rapport/cli";
 * groupFilesBySystem([
 *   { file: "tickets.json", source: "zendesk" },
 *   { file: "surveys.csv", source: "csv" },
 *   { file: "audits.json", source: "zendesk" },
 * ]);
 * // [{ source: "zendesk", files: ["tickets.json", "audits.json"] }, { source: "csv", files: ["surveys.csv"] }]
 * ```
 */
export function groupFilesBySystem(
  files: readonly { readonly file: string; readonly source: SourceName }[],
): FileGroup[] {
  const groups: { source: SourceName; files: string[] }[] = [];
  const bySource = new Map<SourceName, { source: SourceName; files: string[] }>();
  for (const { file, source } of files) {
    if (ONE_FILE_A_CALL.has(source)) {
      groups.push({ source, files: [file] });
      continue;
    }
    const group = bySource.get(source);
    if (group !== undefined) {
      group.files.push(file);
      continue;
    }
    const created = { source, files: [file] };
    bySource.set(source, created);
    groups.push(created);
  }
  return groups;
}

/**
 * How a group of files is named in the report: the file itself, or the folder and the number of
 * files when they share one (`exports/zendesk/ (9 files)`), else the first and how many more.
 *
 * @example
 * ```ts
 * import { fileGroupLabel } from "@rapport/cli";
 * fileGroupLabel(["z/tickets.json", "z/users.json"]); // "z/ (2 files)"
 * ```
 */
export function fileGroupLabel(files: readonly string[]): string {
  if (files.length === 1) return files[0]!;
  const folder = (file: string) =>
    file.slice(0, Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
  const first = folder(files[0] ?? "");
  if (first !== "" && files.every((file) => folder(file) === first))
    return `${first} (${files.length} files)`;
  return `${files[0]} and ${files.length - 1} more`;
}
