#!/usr/bin/env node
// The `smart-goals` command. The CLI is TypeScript that loads its commands
// lazily with dynamic import(), which only tsx's ESM loader can serve, so
// the command runs in a child Node with that loader (resolved from this
// package, whatever the current directory). The add-on itself always runs
// from the built dist/Code.js.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const loader = pathToFileURL(require.resolve('tsx', { paths: [__dirname] }).replace(/[^/\\]+$/, 'loader.mjs')).href;
const cli = path.join(__dirname, '..', 'cli', 'main.ts');
const result = spawnSync(process.execPath, ['--import', loader, cli, ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.error) {
  console.error(result.error.message);
  process.exitCode = 1;
} else {
  process.exitCode = result.status === null ? 1 : result.status;
}
