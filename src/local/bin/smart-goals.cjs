#!/usr/bin/env node
// The `smart-goals` command. Registers tsx so the TypeScript CLI runs
// without a separate compile step; the add-on itself always runs from the
// built dist/Code.js.
'use strict';
require('tsx/cjs');
const { main } = require('../cli/index.ts');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error && error.message ? error.message : String(error));
    process.exitCode = 1;
  },
);
