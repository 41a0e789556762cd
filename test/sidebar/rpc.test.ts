import { errorKind, errorMessage, LatestCall, LiveCall } from '../../src/sidebar/rpc';

describe('server call helpers', () => {
  it('keeps only the readable part of Apps Script errors', () => {
    expect(errorMessage(new Error('Exception: No Goals tab was found.'))).toBe('No Goals tab was found.');
    expect(errorMessage('ScriptError: boom')).toBe('boom');
    expect(errorMessage('SidebarError: Row 3 does not exist.')).toBe('Row 3 does not exist.');
    expect(errorMessage('Target: 30%')).toBe('Target: 30%');
    expect(errorMessage({ message: 'plain' })).toBe('plain');
  });

  it('debounces live calls and drops answers a newer request superseded', async () => {
    jest.useFakeTimers();
    const sent: number[] = [];
    const resolvers: Array<(value: string) => void> = [];
    const live = new LiveCall((arg: number) => {
      sent.push(arg);
      return new Promise<string>((resolve) => resolvers.push(resolve));
    }, 300);
    const results: string[] = [];
    const handlers = { onResult: (r: string) => results.push(r), onError: () => results.push('error') };
    live.schedule(1, handlers);
    live.schedule(2, handlers);
    jest.advanceTimersByTime(300);
    expect(sent).toEqual([2]);
    live.schedule(3, handlers);
    jest.advanceTimersByTime(300);
    expect(sent).toEqual([2, 3]);
    // The older call answers last: its answer is ignored.
    resolvers[1]('three');
    resolvers[0]('two');
    jest.useRealTimers();
    await Promise.resolve();
    await Promise.resolve();
    expect(results).toEqual(['three']);
  });

  it('cancels pending calls', () => {
    jest.useFakeTimers();
    const send = jest.fn(() => Promise.resolve('x'));
    const live = new LiveCall(send, 100);
    live.schedule(1, { onResult: () => undefined, onError: () => undefined });
    live.cancel();
    jest.advanceTimersByTime(500);
    expect(send).not.toHaveBeenCalled();
    jest.useRealTimers();
  });
});

describe('LatestCall: the Check pane’s row selections (surf57, audit57 finding 4)', () => {
  /** A server whose calls the test settles, in the order it chooses. */
  function heldServer() {
    const sent: number[] = [];
    const settle: Array<{ resolve: (value: string) => void; reject: (error: Error) => void }> = [];
    const send = (row: number) => {
      sent.push(row);
      return new Promise<string>((resolve, reject) => settle.push({ resolve, reject }));
    };
    return { sent, settle, send };
  }
  const flush = async (): Promise<void> => {
    for (let i = 0; i < 4; i++) await Promise.resolve();
  };

  it('sends one call at a time; clicks made meanwhile wait, and only the latest is sent and applied', async () => {
    const server = heldServer();
    const selection = new LatestCall(server.send);
    const applied: string[] = [];
    const handlers = (row: number) => ({ onResult: (r: string) => applied.push(`${row}:${r}`), onError: () => applied.push(`${row}:error`) });
    selection.request(3, handlers(3));
    selection.request(7, handlers(7));
    selection.request(9, handlers(9));
    // Row 3's call runs: rows 7 and 9 wait, 7 superseded by 9 before it was ever sent.
    expect(server.sent).toEqual([3]);
    server.settle[0].resolve('row 3 selected');
    await flush();
    // Row 3's answer is stale (a later click is waiting): not applied; row 9 goes out only now, so it runs last.
    expect(applied).toEqual([]);
    expect(server.sent).toEqual([3, 9]);
    server.settle[1].resolve('row 9 selected');
    await flush();
    expect(applied).toEqual(['9:row 9 selected']);
  });

  it('a failed call is reported when it is the latest, dropped when a later click waits', async () => {
    const server = heldServer();
    const selection = new LatestCall(server.send);
    const applied: string[] = [];
    const handlers = (row: number) => ({ onResult: (r: string) => applied.push(`${row}:${r}`), onError: (e: unknown) => applied.push(`${row}:${(e as Error).message}`) });
    selection.request(4, handlers(4));
    selection.request(5, handlers(5));
    server.settle[0].reject(new Error('Row 4 does not exist.'));
    await flush();
    expect(applied).toEqual([]);
    server.settle[1].reject(new Error('Row 5 does not exist.'));
    await flush();
    expect(applied).toEqual(['5:Row 5 does not exist.']);
    // Idle again: the next click is sent at once.
    selection.request(6, handlers(6));
    expect(server.sent).toEqual([4, 5, 6]);
  });
});

describe('errorKind', () => {
  it('recognises transport failures, whose text is English whatever the UI language', () => {
    expect(errorKind('NetworkError: Connection failure due to HTTP 0')).toBe('network');
    expect(errorKind('Failed to fetch')).toBe('network');
    expect(errorKind('Exceeded maximum execution time')).toBe('timeout');
    expect(errorKind('Exception: Lock timeout: another process was holding the lock for too long.')).toBe('busy');
    expect(errorKind("Aucun onglet d’objectifs n’a été trouvé.")).toBe('other');
    for (const text of ['Block size exceeded', 'clock skew', 'Locked cell A1', 'Unlock the range first']) expect(errorKind(text)).toBe('other');
  });
});

describe('a refusal from the server (Review 5, F6)', () => {
  it('is shown to the user as the server wrote it, not as a transport failure', async () => {
    const { describeError } = await import('../../src/sidebar/ui');
    const { t } = await import('../../src/core/messages/ui');
    const refusal = 'Déjà dans le tableau des objectifs, ligne 12\u202f: rien n’a été ajouté.';
    const tr = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t('fr', key, params);
    expect(describeError(new Error(refusal), tr)).toBe(`Non effectué\u202f: ${refusal}`);
  });
});

describe('Google’s quota and multi-account refusals (review 25)', () => {
  const QUOTAS = [
    'Exception: Service invoked too many times for one day: spreadsheets.',
    'Service invoked too many times in a short time: spreadsheets. Try Utilities.sleep(1000) between calls.',
    'Service using too much computer time for one day',
    'Too many simultaneous invocations: Spreadsheets',
  ];
  const REFUSALS = ["ScriptError: We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.", 'ScriptError: Authorization is required to perform that action.'];

  it('are told apart from other failures', () => {
    for (const text of QUOTAS) expect(errorKind(text)).toBe('quota');
    for (const text of REFUSALS) expect(errorKind(text)).toBe('account');
    // A goal or sheet name with these words is no quota error.
    expect(errorKind('Already in the goals table: “Too many invocations of the sales team”.')).toBe('other');
  });

  it.each(['fr', 'en'] as const)('are said in the sidebar’s language (%s), never in Google’s English', async (lang) => {
    const { describeError, translator } = await import('../../src/sidebar/ui');
    const tr = translator(lang);
    for (const text of QUOTAS) expect(describeError(new Error(text), tr)).toBe(tr('sidebar.error.quota'));
    for (const text of REFUSALS) {
      const error = Object.assign(new Error(text.replace(/^ScriptError: /, '')), { name: 'ScriptError' });
      expect(describeError(error, tr)).toBe(tr('sidebar.error.account'));
    }
    expect(tr('sidebar.error.quota')).toMatch(lang === 'fr' ? /^La limite .*Réessayez plus tard\u202f: .*24\u00a0heures/ : /^Google’s usage limit .*Try again later: .*24 hours/);
    expect(tr('sidebar.error.account')).toMatch(lang === 'fr' ? /plusieurs comptes Google sont connectés\u202f: .*fenêtre privée/ : /several Google accounts are signed in: .*private window/);
  });
});
