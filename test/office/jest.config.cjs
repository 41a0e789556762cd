// Real-client tests: LibreOffice (headless soffice) and poppler open the files the CLI and the
// preview write for people (`npm run test:office`). Slow (a LibreOffice start per conversion): own suite.
const path = require('node:path');

module.exports = {
  rootDir: path.resolve(__dirname, '../..'),
  roots: ['<rootDir>/test/office'],
  testMatch: ['**/*.office.test.ts'],
  testEnvironment: 'node',
  maxWorkers: 1,
  testTimeout: 600_000,
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/office/tsconfig.json' }],
  },
};
