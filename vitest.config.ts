import { defineConfig } from 'vitest/config';

// Many tests start the command as a whole process; on a busy two-core machine one can take
// several seconds. Time limits here only catch hangs: speed is measured by `npm run bench`.
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 60_000 },
});
