#!/usr/bin/env node
import module from 'node:module';

// Node 22.1 and later keep compiled code between runs (a pre-commit hook starts often); Node 20 has no such cache.
module.enableCompileCache?.();
const { main } = await import('../dist/cli.js');

// A reader that stops early (`gbc-post-lint … | head`) closes the pipe: the rest of the report has nowhere to go, and that is no error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
};

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
});
