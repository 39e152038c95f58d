import { defineConfig } from "vitest/config";

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
 */
export function packageTestConfig({ name, coverageLines = 90 }: PackageTestOptions) {
  return defineConfig({
    test: {
      name,
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      environment: "node",
      testTimeout: 30_000,
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
