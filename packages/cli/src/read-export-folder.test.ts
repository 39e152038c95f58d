import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileGroupLabel, groupFilesBySystem } from "./group-files-by-system";
import { InputFileError } from "./input-file-error";
import { readExportFolder } from "./read-export-folder";

const dir = mkdtempSync(join(tmpdir(), "rapport-folder-"));
mkdirSync(join(dir, "export", "more"), { recursive: true });
mkdirSync(join(dir, "empty"));
for (const name of [
  "tickets_1.json",
  "users.json",
  "README.md",
  ".hidden.json",
  "more/events.ndjson",
]) {
  writeFileSync(join(dir, "export", name), "{}");
}
writeFileSync(join(dir, "surveys.csv"), "a,b\n");

describe("readExportFolder", () => {
  it("passes each missing path and empty folder to onUnreadable and lists the rest", async () => {
    const unread: InputFileError[] = [];
    const paths = [join(dir, "missing"), join(dir, "empty"), join(dir, "surveys.csv")];
    const files = await readExportFolder(paths, { onUnreadable: (error) => unread.push(error) });
    expect(files).toEqual([join(dir, "surveys.csv")]);
    expect(unread.map((e) => [e.file, e.problem])).toEqual([
      [join(dir, "missing"), "cannot be read (ENOENT)"],
      [join(dir, "empty"), "a folder with no export file in it (.json, .ndjson, .jsonl or .csv)"],
    ]);
  });

  it("lists the export files of a folder and its subfolders in name order, files as given", async () => {
    expect(await readExportFolder([join(dir, "export"), join(dir, "surveys.csv")])).toEqual([
      join(dir, "export", "more", "events.ndjson"),
      join(dir, "export", "tickets_1.json"),
      join(dir, "export", "users.json"),
      join(dir, "surveys.csv"),
    ]);
  });

  it("names a missing path and a folder without export files", async () => {
    await expect(readExportFolder([join(dir, "nothing")])).rejects.toThrow(
      new InputFileError(join(dir, "nothing"), "cannot be read (ENOENT)"),
    );
    await expect(readExportFolder([join(dir, "empty")])).rejects.toThrow(
      "a folder with no export file in it (.json, .ndjson, .jsonl or .csv)",
    );
  });
});

describe("groupFilesBySystem and fileGroupLabel", () => {
  it("puts the JSON files of one system in one call, streams and CSV files alone", () => {
    expect(
      groupFilesBySystem([
        { file: "z/tickets.json", source: "zendesk" },
        { file: "events.ndjson", source: "segment" },
        { file: "i/contacts.json", source: "intercom" },
        { file: "z/audits.json", source: "zendesk" },
        { file: "a.csv", source: "csv" },
        { file: "b.csv", source: "csv" },
      ]),
    ).toEqual([
      { source: "zendesk", files: ["z/tickets.json", "z/audits.json"] },
      { source: "segment", files: ["events.ndjson"] },
      { source: "intercom", files: ["i/contacts.json"] },
      { source: "csv", files: ["a.csv"] },
      { source: "csv", files: ["b.csv"] },
    ]);
  });

  it("names a group by its folder, or its first file", () => {
    expect(fileGroupLabel(["z/tickets.json"])).toBe("z/tickets.json");
    expect(fileGroupLabel(["z/tickets.json", "z/users.json"])).toBe("z/ (2 files)");
    expect(fileGroupLabel(["z/tickets.json", "y/users.json", "x.json"])).toBe(
      "z/tickets.json and 2 more",
    );
    expect(fileGroupLabel(["tickets.json", "users.json"])).toBe("tickets.json and 1 more");
  });
});
