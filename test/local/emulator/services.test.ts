import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createEmulator, EXECUTION_TIME_ERROR, LOCK_TIMEOUT_ERROR, PROPERTY_STORE_LIMIT, PROPERTY_STORE_QUOTA_ERROR, PROPERTY_VALUE_LIMIT, propertyStoreBytes } from '../../../src/local/emulator';
import { setup } from './helpers';
import { scratchDir } from '../../support/scratch';

describe('PropertiesService', () => {
  it('keeps document, user and script properties apart, as strings', () => {
    const { props, emulator } = setup();
    const doc = props.getDocumentProperties();
    doc.setProperty('settings', '{"language":"fr"}').setProperties({ a: '1', b: 2 as unknown as string });
    props.getUserProperties().setProperty('settings', 'user');
    expect(doc.getProperty('settings')).toBe('{"language":"fr"}');
    expect(doc.getProperty('b')).toBe('2');
    expect(doc.getProperty('missing')).toBeNull();
    expect(props.getUserProperties().getProperty('settings')).toBe('user');
    expect(props.getScriptProperties().getKeys()).toEqual([]);
    expect(doc.getProperties()).toEqual({ settings: '{"language":"fr"}', a: '1', b: '2' });
    doc.setProperties({ only: 'x' }, true);
    expect(doc.getKeys()).toEqual(['only']);
    doc.deleteProperty('only');
    expect(emulator.properties.document.size).toBe(0);
    doc.setProperty('a', '1').deleteAllProperties();
    expect(doc.getKeys()).toEqual([]);
  });

  it('refuses values over the 9 KB limit', () => {
    const { props } = setup();
    expect(() => props.getDocumentProperties().setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT + 1))).toThrow('Argument too large');
  });

  // Google's quotas page: "Properties total storage 500 KB / property store" (misc13).
  it('refuses a write that would take the store past 500 KB, storing nothing; each store counts apart', () => {
    const { emulator, props } = setup();
    const doc = props.getDocumentProperties();
    const chunk = 'x'.repeat(PROPERTY_VALUE_LIMIT - 16);
    let n = 0;
    while (propertyStoreBytes(emulator.properties.document) + chunk.length + 8 <= PROPERTY_STORE_LIMIT) doc.setProperty(`k${n++}`, chunk);
    const before = new Map(emulator.properties.document);
    expect(() => doc.setProperty('one-more', chunk)).toThrow(PROPERTY_STORE_QUOTA_ERROR);
    expect(() => doc.setProperties({ a: 'small', b: chunk })).toThrow(PROPERTY_STORE_QUOTA_ERROR);
    expect(emulator.properties.document).toEqual(before);
    // Replacing a value by a shorter one, or clearing the others first, fits.
    doc.setProperty('k0', 'short');
    doc.setProperties({ only: chunk }, true);
    expect(doc.getKeys()).toEqual(['only']);
    props.getUserProperties().setProperty('user', chunk);
  });
});

describe('LockService and executions', () => {
  it('lets one execution hold the document lock; another cannot take it until released', () => {
    const { emulator, locks } = setup();
    emulator.runExecution(() => {
      const lock = locks.getDocumentLock();
      expect(lock.hasLock()).toBe(false);
      lock.waitLock(30000);
      expect(lock.hasLock()).toBe(true);
      emulator.runExecution(() => {
        const other = locks.getDocumentLock();
        expect(other.tryLock(1000)).toBe(false);
        expect(() => other.waitLock(1000)).toThrow(LOCK_TIMEOUT_ERROR);
        expect(other.hasLock()).toBe(false);
        // Script and user locks are separate.
        expect(locks.getScriptLock().tryLock(10)).toBe(true);
      });
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
      emulator.runExecution(() => expect(locks.getDocumentLock().tryLock(10)).toBe(true));
    });
  });

  it('releases locks when an execution ends, even if it forgot to', () => {
    const { emulator, locks } = setup();
    emulator.runExecution(() => locks.getDocumentLock().waitLock(10));
    expect(emulator.runtime.locks.document).toBeNull();
    emulator.runExecution(() => expect(locks.getDocumentLock().tryLock(10)).toBe(true));
  });

  it('interleaves a second run from a service-call hook', () => {
    const { emulator, locks, app } = setup();
    const outcomes: string[] = [];
    const append = (label: string): void => {
      const lock = locks.getDocumentLock();
      try {
        lock.waitLock(5000);
      } catch (error) {
        outcomes.push(`${label}: ${(error as Error).message}`);
        return;
      }
      try {
        const sheet = app.getActiveSpreadsheet().getActiveSheet();
        const row = sheet.getLastRow() + 1;
        sheet.getRange(row, 1).setValue(label);
        outcomes.push(`${label}: row ${row}`);
      } finally {
        lock.releaseLock();
      }
    };
    let started = false;
    const stop = emulator.onServiceCall((method) => {
      if (method === 'Range.setValue' && !started) {
        started = true;
        emulator.runExecution(() => append('B'));
      }
    });
    emulator.runExecution(() => append('A'));
    stop();
    expect(outcomes).toEqual([`B: ${LOCK_TIMEOUT_ERROR}`, 'A: row 1']);
    emulator.runExecution(() => append('C'));
    expect(outcomes[2]).toBe('C: row 2');
  });

  it('without locks, the interleaved run would write the same row (what the lock prevents)', () => {
    const { emulator, app } = setup();
    const rows: number[] = [];
    const write = (label: string): void => {
      const sheet = app.getActiveSpreadsheet().getActiveSheet();
      const row = sheet.getLastRow() + 1;
      rows.push(row);
      sheet.getRange(row, 1).setValue(label);
    };
    let started = false;
    emulator.onServiceCall((method) => {
      if (method === 'Sheet.getRange' && !started) {
        started = true;
        emulator.runExecution(() => write('B'));
      }
    });
    emulator.runExecution(() => write('A'));
    expect(rows).toEqual([1, 1]);
  });
});

describe('AuthMode.NONE', () => {
  it('forbids properties, locks, spreadsheet access and range reads; Ui menus and Session still work', () => {
    const { emulator, props, locks, app, session, sheet } = setup();
    emulator.setAuthMode('NONE');
    expect(() => props.getDocumentProperties()).toThrow('You do not have permission to call PropertiesService.getDocumentProperties');
    expect(() => locks.getDocumentLock()).toThrow('You do not have permission');
    expect(() => app.getActiveSpreadsheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
    expect(() => sheet.getRange('A1').getValues()).toThrow('You do not have permission');
    expect(session.getActiveUserLocale()).toBe('en');
    app.getUi().createAddonMenu().addItem('Check', 'menuCheckGoals').addToUi();
    expect(emulator.ui.menus).toHaveLength(1);
    // Review 22: no dialog or sidebar before the user authorizes (script.container.ui); a LIMITED run may show them.
    const ui = app.getUi();
    const html = (emulator.globals.HtmlService as GoogleAppsScript.HTML.HtmlService).createHtmlOutput('<p>x</p>');
    expect(() => ui.showSidebar(html)).toThrow('You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui');
    expect(() => ui.showModalDialog(html, 'Help')).toThrow('You do not have permission to call Ui.showModalDialog');
    expect(() => ui.showModelessDialog(html, 'Help')).toThrow('You do not have permission to call Ui.showModelessDialog');
    expect(() => ui.alert('Done')).toThrow('You do not have permission to call Ui.alert');
    expect(() => ui.prompt('Name?')).toThrow('You do not have permission to call Ui.prompt');
    expect(emulator.ui.sidebars).toHaveLength(0);
    const scriptApp = emulator.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    expect(emulator.openEvent().authMode).toBe(scriptApp.AuthMode.NONE);
    emulator.setAuthMode('LIMITED');
    expect(props.getDocumentProperties().getKeys()).toEqual([]);
    ui.showSidebar(html);
    expect(emulator.ui.sidebars).toHaveLength(1);
    expect(emulator.openEvent().authMode).toBe(scriptApp.AuthMode.LIMITED);
  });
});

describe('Ui and HtmlService', () => {
  it('records add-on menus with separators and submenus, alerts, prompts, toasts', () => {
    const { app, ss, emulator } = setup({ addonName: 'SMART Goals' });
    const ui = app.getUi();
    const sub = ui.createMenu('More').addItem('Help', 'showHelp');
    ui.createAddonMenu().addItem('Open wizard', 'showGoalWizard').addSeparator().addSubMenu(sub).addToUi();
    expect(emulator.ui.menus).toEqual([
      {
        title: 'SMART Goals',
        addon: true,
        items: [{ caption: 'Open wizard', functionName: 'showGoalWizard' }, 'separator', { caption: 'More', submenu: [{ caption: 'Help', functionName: 'showHelp' }] }],
      },
    ]);
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    emulator.ui.nextButtons.push('NO');
    expect(ui.alert('Title', 'Replace the report?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Again?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(emulator.ui.alerts).toEqual(['Done', 'Replace the report?', 'Again?']);
    expect(emulator.ui.alertDetails[1]).toEqual({ title: 'Title', prompt: 'Replace the report?', buttons: 'YES_NO' });
    emulator.ui.nextPromptTexts.push('Goals 2027');
    expect(ui.prompt('Name?').getResponseText()).toBe('Goals 2027');
    ss.toast('3 goals checked', 'SMART Goals', 5);
    ss.toast('plain');
    expect(emulator.ui.toasts).toEqual([
      { message: '3 goals checked', title: 'SMART Goals', timeoutSeconds: 5 },
      { message: 'plain', title: '', timeoutSeconds: undefined },
    ]);
  });

  it('shows sidebars and dialogs from HtmlService outputs (files read from htmlDir)', () => {
    const dir = scratchDir('emu-html-');
    writeFileSync(path.join(dir, 'sidebar.html'), '<p>wizard</p>');
    const { app, html, emulator } = setup({ htmlDir: dir });
    const output = html.createHtmlOutputFromFile('sidebar').setTitle('Goal wizard').setWidth(300).setSandboxMode(html.SandboxMode.IFRAME);
    expect(output.getContent()).toBe('<p>wizard</p>');
    app.getUi().showSidebar(output);
    app.getUi().showModalDialog(html.createHtmlOutput('<b>help</b>').setWidth(400).setHeight(300), 'Help');
    expect(emulator.ui.sidebars).toEqual([{ title: 'Goal wizard', html: '<p>wizard</p>', width: 300 }]);
    expect(emulator.ui.dialogs).toEqual([{ title: 'Help', html: '<b>help</b>', modal: true, width: 400, height: 300 }]);
    expect(() => html.createHtmlOutputFromFile('missing')).toThrow('No HTML file named missing was found.');
  });
});

describe('Session, Utilities, Logger, ScriptApp', () => {
  it('reports locale, time zone, an empty email and a temporary key', () => {
    const { session, ss } = setup({ spreadsheetLocale: 'fr_FR', userLocale: 'fr', timeZone: 'Europe/Paris' });
    expect(session.getActiveUserLocale()).toBe('fr');
    // The spreadsheet's zone is its own; the script's is the one the add-on's Date runs in (the process's).
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Paris');
    expect(session.getScriptTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(session.getActiveUser().getEmail()).toBe('');
    expect(session.getTemporaryActiveUserKey()).toMatch(/^temp-/);
  });

  it('formats dates with Java patterns in a time zone', () => {
    const { utilities } = setup();
    const instant = new Date(Date.UTC(2026, 10, 26, 23, 30, 5));
    expect(utilities.formatDate(instant, 'UTC', 'yyyy-MM-dd')).toBe('2026-11-26');
    expect(utilities.formatDate(instant, 'Europe/Paris', 'yyyy-MM-dd HH:mm')).toBe('2026-11-27 00:30');
    expect(utilities.formatDate(instant, 'Europe/Paris', 'dd/MM/yyyy')).toBe('27/11/2026');
    expect(utilities.formatDate(instant, 'America/New_York', "EEE d MMM yy 'at' h:mm a")).toBe('Thu 26 Nov 26 at 6:30 PM');
    expect(utilities.formatDate(instant, 'GMT+2', 'HH:mm:ss Z')).toBe('01:30:05 +0200');
    expect(utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    expect(() => utilities.sleep(10)).not.toThrow();
    expect(utilities.formatString('%s: %d goals, %.1f%%', 'Q1', 3.7, 12.345)).toBe('Q1: 3 goals, 12.3%');
  });

  it('hands a date cell over as midnight of its day in the spreadsheet’s zone, not the script’s (as Sheets does)', () => {
    const { utilities, sheet, ss } = setup({ timeZone: 'Pacific/Kiritimati', spreadsheetLocale: 'en_US' });
    sheet.getRange('A1').setValue('2026-06-30');
    const cell = sheet.getRange('A1').getValue() as Date;
    expect(cell.toISOString()).toBe('2026-06-29T10:00:00.000Z');
    expect(utilities.formatDate(cell, ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm')).toBe('2026-06-30 00:00');
    // The script's zone may see another day: the unpleasant part real Sheets has too.
    expect(utilities.formatDate(cell, 'America/Los_Angeles', 'yyyy-MM-dd')).toBe('2026-06-29');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('6/30/2026');
  });

  it('reads a day whose midnight a DST jump skips as that day (the instant after the jump), in every zone', () => {
    // Asia/Beirut and America/Havana jump at midnight in spring; America/Santiago in September (review7: Beirut's
    // 29 March 2026 came back as 28 March 23:00).
    for (const [zone, day] of [['Asia/Beirut', '2026-03-29'], ['America/Havana', '2026-03-08'], ['America/Santiago', '2026-09-06']] as const) {
      const { utilities, sheet } = setup({ timeZone: zone, spreadsheetLocale: 'en_US' });
      sheet.getRange('A1').setValue(day);
      const cell = sheet.getRange('A1').getValue() as Date;
      expect({ zone, shown: utilities.formatDate(cell, zone, 'yyyy-MM-dd HH:mm') }).toEqual({ zone, shown: `${day} 01:00` });
    }
  });

  it('stores a Date a script writes as the wall clock it shows in the spreadsheet’s zone', () => {
    const { sheet, ss } = setup({ timeZone: 'Asia/Tokyo', spreadsheetLocale: 'en_US' });
    sheet.getRange('A1').setValue(new Date('2027-06-29T15:00:00Z'));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('6/30/2027');
    sheet.getRange('A2').setValue(new Date('2027-06-30T03:30:00Z'));
    expect(sheet.getRange('A2').getDisplayValue()).toBe('6/30/2027 12:30:00');
    ss.setSpreadsheetTimeZone('America/Los_Angeles');
    // The cell keeps its day; scripts now get midnight Los Angeles.
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2027-06-30T07:00:00.000Z');
  });

  it('logs lines and exposes the AuthMode enum', () => {
    const { emulator, scriptApp } = setup();
    const logger = emulator.globals.Logger as GoogleAppsScript.Base.Logger;
    logger.log('checked %s rows', 12);
    logger.log({ a: 1 });
    expect(emulator.logs).toEqual(['checked 12 rows', '{"a":1}']);
    expect(String(scriptApp.AuthMode.FULL)).toBe('FULL');
    expect(scriptApp.AuthMode.NONE).not.toBe(scriptApp.AuthMode.FULL);
  });
});

describe('virtual clock', () => {
  it('drives the add-on realm Date: advances per counted call and on Utilities.sleep', () => {
    const { emulator, utilities, sheet } = setup({ clock: { start: '2026-11-26T09:00:00Z', msPerCall: 50 } });
    const FakeDate = emulator.globals.Date as DateConstructor;
    const start = FakeDate.now();
    expect(new FakeDate().toISOString()).toBe(new Date(start).toISOString());
    sheet.getRange('A1').setValue(1);
    expect(FakeDate.now() - start).toBe(100);
    utilities.sleep(1000);
    expect(FakeDate.now() - start).toBe(1150);
    emulator.clock?.advance(6 * 60 * 1000);
    expect(FakeDate.now() - start).toBe(1150 + 360000);
    expect(new FakeDate(2026, 0, 1).getFullYear()).toBe(2026);
    expect(sheet.getRange('A1').getValue()).toBe(1);
    expect(new FakeDate()).toBeInstanceOf(Date);
  });

  it('kills an execution that runs past 6 minutes of virtual time, as Apps Script does', () => {
    const { emulator, sheet } = setup({ clock: { msPerCall: 60_000 } });
    let calls = 0;
    expect(() =>
      emulator.runExecution(() => {
        for (;;) {
          sheet.getRange('A1').setValue((calls += 1));
        }
      }),
    ).toThrow(EXECUTION_TIME_ERROR);
    expect(calls).toBeLessThanOrEqual(4);
    // The next execution starts with a fresh budget.
    emulator.runExecution(() => sheet.getRange('A2').setValue('ok'));
    expect(sheet.getRange('A2').getValue()).toBe('ok');
  });

  it('spends a lock’s timeout when another execution holds it, and kills a wait past the run’s limit', () => {
    // Lock.tryLock "Attempts to acquire the lock, timing out after the provided number of milliseconds".
    const { emulator, locks } = setup({ clock: { start: '2026-11-26T09:00:00Z', msPerCall: 0 } });
    const FakeDate = emulator.globals.Date as DateConstructor;
    emulator.runExecution(() => {
      // A free lock (or one already held) costs no wait.
      const before = FakeDate.now();
      const mine = locks.getDocumentLock();
      expect(mine.tryLock(10_000)).toBe(true);
      expect(mine.tryLock(10_000)).toBe(true);
      const held = FakeDate.now();
      expect(held).toBe(before);
      emulator.runExecution(() => {
        const other = locks.getDocumentLock();
        expect(other.tryLock(10_000)).toBe(false);
        expect(FakeDate.now() - held).toBe(10_000);
        expect(() => other.waitLock(5_000)).toThrow(LOCK_TIMEOUT_ERROR);
        expect(FakeDate.now() - held).toBe(15_000);
      });
    });
    // A wait beyond the 6-minute limit ends the waiting run with Apps Script's time error; the one virtual clock makes
    // the paused holder's next call pass its limit too (docs/ARCHITECTURE.md, not modelled).
    expect(() =>
      emulator.runExecution(() => {
        expect(locks.getDocumentLock().tryLock(1)).toBe(true);
        emulator.runExecution(() => expect(() => locks.getDocumentLock().waitLock(7 * 60_000)).toThrow(EXECUTION_TIME_ERROR));
        locks.getDocumentLock().hasLock();
      }),
    ).toThrow(EXECUTION_TIME_ERROR);
  });

  it('is absent by default', () => {
    const { emulator } = setup();
    expect(emulator.clock).toBeNull();
    expect(emulator.globals.Date).toBeUndefined();
  });
});

describe('AuthMode.CUSTOM_FUNCTION', () => {
  it('reads but refuses writes and Ui, with Apps Script wording', () => {
    const { emulator, app, sheet } = setup();
    sheet.getRange('A1').setValue(3);
    emulator.setAuthMode('CUSTOM_FUNCTION');
    expect(app.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue()).toBe(3);
    expect(() => sheet.getRange('A1').setValue(4)).toThrow('You do not have permission to call setValue');
    expect(() => sheet.insertRowsAfter(1, 1)).toThrow('You do not have permission to call insertRows');
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});

describe('Session in the modes that run without the user’s authorization', () => {
  it('hides the user’s email from custom functions and simple triggers, keeps the zone and the locale', () => {
    // Session.getActiveUser: "the user's email address is not available in any context that allows a script to run
    // without that user's authorization, like a simple onOpen(e) or onEdit(e) trigger, a custom function in Google
    // Sheets"; getEffectiveUser "In most other scenarios … returns the same account as getActiveUser()".
    const emulator = createEmulator({ userEmail: 'ana@example.com', userLocale: 'fr' });
    const session = emulator.globals.Session as GoogleAppsScript.Base.Session;
    const zone = session.getScriptTimeZone();
    expect(session.getActiveUser().getEmail()).toBe('ana@example.com');
    expect(session.getEffectiveUser().getEmail()).toBe('ana@example.com');
    for (const mode of ['CUSTOM_FUNCTION', 'NONE', 'LIMITED'] as const) {
      emulator.setAuthMode(mode);
      expect([mode, session.getActiveUser().getEmail(), session.getEffectiveUser().getEmail()]).toEqual([mode, '', '']);
      expect(session.getScriptTimeZone()).toBe(zone);
      expect(session.getActiveUserLocale()).toBe('fr');
    }
    emulator.setAuthMode('FULL');
    expect(session.getActiveUser().getEmail()).toBe('ana@example.com');
  });
});

describe('HtmlService templates (printing scriptlets only)', () => {
  it('prints escaped and raw template variables and dotted paths; refuses code scriptlets', () => {
    const dir = scratchDir('emu-tpl-');
    writeFileSync(path.join(dir, 'page.html'), '<h1><?= title ?></h1><script>const lang = "<?!= settings.lang ?>";</script>');
    const { html, emulator } = setup({ htmlDir: dir });
    const template = html.createTemplateFromFile('page');
    template.title = '<b>Goals</b>';
    template.settings = { lang: 'fr' };
    emulator.calls.reset();
    expect(template.evaluate().getContent()).toBe('<h1>&lt;b&gt;Goals&lt;/b&gt;</h1><script>const lang = "fr";</script>');
    expect(emulator.calls.of('HtmlTemplate.evaluate')).toBe(1);
    expect(() => html.createTemplate('<? for (;;) {} ?>').evaluate()).toThrow('not emulated: HtmlTemplate.evaluate (code scriptlet');
    expect(() => html.createTemplate('<?= a + b ?>').evaluate()).toThrow('not emulated: HtmlTemplate.evaluate (expression "a + b")');
  });
});
