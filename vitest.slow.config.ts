import { defineConfig } from "vitest/config";
import { workspaceBuilds } from "./vitest.shared.ts";

// The proofs at scale (`src/**/*.slow.test.ts`) that the unit project leaves out: a package's
// `test:slow` script runs its own with this config, and `npm test` runs every package's
// `test:slow` task beside its `test` task (turbo builds the packages they import first and
// caches the result like any test). They get a generous timeout, one worker process per
// package, and no coverage floor: the unit tests keep that.
export default defineConfig({
  test: {
    include: ["src/**/*.slow.test.ts", "packages/*/src/**/*.slow.test.ts"],
    exclude: ["**/node_modules/**"],
    environment: "node",
    pool: "threads",
    testTimeout: 600_000,
    server: { deps: { external: workspaceBuilds } },
    hookTimeout: 120_000,
  },
});
