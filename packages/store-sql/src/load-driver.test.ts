import { describe, expect, it } from "vitest";
import { loadDriver } from "./load-driver";

const notFound = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("loadDriver", () => {
  it("names the package to install when the loader cannot find it", async () => {
    const esm = notFound(
      "Cannot find package 'better-sqlite3' imported from /app/x.js",
      "ERR_MODULE_NOT_FOUND",
    );
    await expect(
      loadDriver("better-sqlite3", "SQLite stores", () => Promise.reject(esm)),
    ).rejects.toThrow(/^SQLite stores need better-sqlite3: npm install better-sqlite3$/);
    const cjs = notFound("Cannot find module 'pg'", "MODULE_NOT_FOUND");
    await expect(loadDriver("pg", "PostgreSQL stores", () => Promise.reject(cjs))).rejects.toThrow(
      "PostgreSQL stores need pg: npm install pg",
    );
  });

  it("passes on any other failure, such as a module the driver itself cannot find", async () => {
    const inner = notFound("Cannot find module 'bindings'", "MODULE_NOT_FOUND");
    await expect(
      loadDriver("better-sqlite3", "SQLite stores", () => Promise.reject(inner)),
    ).rejects.toBe(inner);
    const broken = new Error("The module was compiled against a different Node.js version");
    await expect(
      loadDriver("better-sqlite3", "SQLite stores", () => Promise.reject(broken)),
    ).rejects.toBe(broken);
  });

  it("returns the module when it loads", async () => {
    expect(await loadDriver("pg", "PostgreSQL stores", async () => ({ Pool: 1 }))).toEqual({
      Pool: 1,
    });
  });
});
