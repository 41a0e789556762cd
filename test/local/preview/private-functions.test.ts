/**
 * google.script.run cannot call a private server function — one whose name ends with an underscore (HTML Service:
 * Communicate with Server Functions, "Private functions"; review 11, C3): refused by the tests' bridge
 * (`callThroughBridge`) and by the preview's /rpc/ route, before the function runs.
 */
import type { LoadedAddon } from '../../../src/local/runtime';
import { PreviewSession } from '../../../src/local/preview/session';
import { callThroughBridge } from '../../../src/local/script-run';

describe('private server functions', () => {
  it('callThroughBridge refuses a name ending in "_" and runs nothing', () => {
    const ran: string[] = [];
    const addon = { call: <T>(name: string): T => (ran.push(name), 'done' as T) };
    expect(() => callThroughBridge(addon, 'secret_', [])).toThrow('Script function not found: secret_');
    expect(callThroughBridge(addon, 'sidebarOpen', [])).toBe('done');
    expect(ran).toEqual(['sidebarOpen']);
  });

  it('the preview’s /rpc/ route refuses it even when the script has it', async () => {
    const session = await PreviewSession.open({ workbook: 'example', locale: 'en_US' });
    const ran: string[] = [];
    const own = session.addon;
    const withPrivate: LoadedAddon = { ...own, functionNames: [...own.functionNames, 'secret_'], call: <T>(name: string, ...args: unknown[]): T => (name === 'secret_' ? (ran.push(name), 'leaked' as T) : own.call<T>(name, ...args)) };
    (session as unknown as { addon: LoadedAddon }).addon = withPrivate;
    expect(() => session.rpc('secret_', [])).toThrow('Script function not found: secret_');
    expect(ran).toEqual([]);
    expect((session.rpc('sidebarGetContext', []) as { lang: string }).lang).toBe('en');
  });
});
