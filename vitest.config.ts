import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Many tests lint hundreds of posts or run whole processes. On a busy two-core machine
    // (CI, or several builds at once) that can take longer than vitest's 5 s default, which
    // would fail a test that is right; a test that hangs still fails.
    testTimeout: 30_000,
  },
});
