import { defineConfig } from "vitest/config";

// Runs every package's tests in one process: `npx vitest`. CI goes through turbo instead,
// one task per package, so that unchanged packages are served from the cache.
export default defineConfig({
  test: {
    projects: ["packages/*"],
  },
});
