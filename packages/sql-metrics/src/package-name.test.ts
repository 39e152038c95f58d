import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { packageName } from "./package-name";

describe("packageName", () => {
  it("matches the name in package.json", () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(packageName).toBe(manifest.name);
  });
});
