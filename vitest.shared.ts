import { defineConfig } from "vitest/config";

/**
 * The built output of the workspace's packages (`packages/<name>/dist/`), which a package's
 * tests import through `node_modules` symlinks. Vitest would otherwise transform these
 * bundles as if they were source; Node loads them as they are, as it loads zod or date-fns,
 * and a package's test run takes about a third less CPU time.
 */
export const workspaceBuilds = [/\/packages\/[^/]+\/dist\//];

/** Options that vary between packages. */
export interface PackageTestOptions {
  /** Project name shown by vitest (the package's short name). */
  name: string;
  /** Minimum share of lines covered, in percent. Domain packages keep 90. */
  coverageLines?: number;
}

/**
 * The vitest configuration every package uses: co-located tests under `src/`,
 * v8 coverage of `src/` (barrel files excluded) with a line floor.
 *
 * Test files run in worker threads that keep their module graph from one file to the next
 * (`isolate: false`): a package's tests import the same zod, date-fns and workspace packages,
 * and loading them afresh for every file was most of the suite's time (service-levels: 27 s
 * of imports for 7.5 s of tests, on a loaded machine). Tests therefore must not rely on a
 * module's state being fresh, and must not mock modules (no `vi.mock`): the domain code is
 * pure, so no test does. Tests that prove things at scale are `*.slow.test.ts` files, left
 * out here and run by `npm run test:slow` (see CONTRIBUTING.md).
 */
export function packageTestConfig({ name, coverageLines = 90 }: PackageTestOptions) {
  return defineConfig({
    test: {
      name,
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      exclude: ["**/node_modules/**", "**/*.slow.test.ts"],
      pool: "threads",
      isolate: false,
      environment: "node",
      testTimeout: 30_000,
      server: { deps: { external: workspaceBuilds } },
      coverage: {
        provider: "v8",
        include: ["src/**/*.ts"],
        exclude: ["src/**/*.test.ts", "src/index.ts", "src/**/*.fixture.ts"],
        reporter: ["text-summary", "json-summary"],
        thresholds: { lines: coverageLines },
      },
    },
  });
}
