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

/**
 * Apps Script's transient service failures ("Service Spreadsheets failed while accessing document with id …",
 * "Service error: Spreadsheets", "Server not available" — Apps Script troubleshooting guide,
 * developers.google.com/apps-script/guides/support/troubleshooting): English whatever the user's language, and gone
 * on a retry. Like the lock timeout, the server lets them through and the sidebar says "try again" in its language.
 */
export function isServiceUnavailable(message: string): boolean {
  return /\bservice \w+ failed while accessing\b|\bservice error\b|\bserver not available\b/i.test(message);
}
