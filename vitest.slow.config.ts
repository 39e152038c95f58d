import { defineConfig } from "vitest/config";

// `npm run test:slow`: the proofs at scale (`packages/*/src/**/*.slow.test.ts`) that
// `npm test` leaves out, in one process with a generous timeout. Build first: the tests
// import other packages through their built entries, as the package tests do.
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.slow.test.ts"],
    environment: "node",
    pool: "threads",
    testTimeout: 600_000,
  },
});
