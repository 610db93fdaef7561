import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The build-error scenarios run `astro sync` in a scratch copy of the project.
    testTimeout: 60_000,
  },
});
