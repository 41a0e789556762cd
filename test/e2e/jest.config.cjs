// Browser tests: Debian chromium driven by playwright-core against the local preview (`npm run test:e2e`).
const path = require('node:path');

module.exports = {
  rootDir: path.resolve(__dirname, '../..'),
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  testEnvironment: 'node',
  // One browser, one preview per file: files run one after the other on a 2-core machine.
  maxWorkers: 1,
  testTimeout: 60_000,
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/e2e/tsconfig.json' }],
  },
};
