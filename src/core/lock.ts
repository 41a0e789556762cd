/**
 * Apps Script's lock timeout, recognised by its text. `Lock.waitLock` throws
 * "Lock timeout: another process was holding the lock for too long." (see
 * developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)); the
 * server lets exactly that through and the sidebar shows it as "busy". Matching
 * only this wording keeps other errors that merely contain "lock" ("block",
 * "clock") from leaking their internal English text to the user.
 */
const LOCK_TIMEOUT_RE = /\block timeout\b|\bholding the lock\b/i;

export function isLockTimeout(message: string): boolean {
  return LOCK_TIMEOUT_RE.test(message);
}
