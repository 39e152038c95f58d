import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";

/** Chromium's executable: $CHROMIUM_PATH, else `chromium` or `chromium-browser` on the PATH. */
export function findChromium(): string | null {
  const configured = process.env["CHROMIUM_PATH"];
  if (configured && existsSync(configured)) return configured;
  for (const dir of (process.env["PATH"] ?? "").split(delimiter)) {
    for (const name of ["chromium", "chromium-browser"]) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}
