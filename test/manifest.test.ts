import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as Record<string, unknown>;

describe('appsscript.json', () => {
  it('asks for exactly the two minimal scopes', () => {
    expect([...(manifest.oauthScopes as string[])].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('runs on V8 with exception logging and a time zone', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(typeof manifest.timeZone).toBe('string');
  });

  it('has no addOns block (custom functions do not exist in card add-ons)', () => {
    expect(manifest).not.toHaveProperty('addOns');
  });

  it('is pushed from dist/ by clasp', () => {
    const clasp = JSON.parse(readFileSync(path.join(ROOT, '.clasp.json'), 'utf8')) as Record<string, unknown>;
    expect(clasp.rootDir).toBe('dist');
    expect(JSON.parse(readFileSync(path.join(ROOT, 'dist/appsscript.json'), 'utf8'))).toEqual(manifest);
  });
});
