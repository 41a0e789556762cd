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
 * Apps Script's transient service failures, gone on a retry. The troubleshooting guide
 * (developers.google.com/apps-script/guides/support/troubleshooting) words them in English: "Service Spreadsheets
 * failed while accessing document with id …", "Service error: Spreadsheets", "Server not available". But Apps Script
 * words its errors in the user's language: a Japanese user gets 「ドキュメント（1K13…）にアクセス中に スプレッドシート
 * のサービスに接続できなくなりました。」 (reported in ttsukagoshi/mail-merge-for-gmail#162; other languages' wordings
 * are not published). What every wording keeps is the document's id, so the failure is also recognised by that
 * structure: the id of the spreadsheet when the caller knows it (`documentId`: the server), else a token shaped like a
 * Drive file id — 40 or more letters, digits, "-" and "_", with a digit and a letter, as
 * "1K1319vu2-OlQCMgfD4XOpYiHpX7YdyoL9GSteSe_Mfs" (44) — which no message of ours holds. Like the lock timeout, the
 * server lets them through (as `SERVICE_UNAVAILABLE_TEXT` when the wording was not English) and the sidebar says
 * "try again" in its language.
 */
const SERVICE_FAILURE_RE = /\bservice \w+ failed while accessing\b|\bservice error\b|\bserver not available\b/i;
const DOCUMENT_ID_RE = /(?:^|[^\w-])(?=[\w-]*\d)(?=[\w-]*[a-z])[\w-]{40,}(?![\w-])/i;

/** The documented English wording the server passes a localized transient failure on as (the sidebar recognises it). */
export const SERVICE_UNAVAILABLE_TEXT = 'Service error: Spreadsheets';

export function isServiceUnavailable(message: string, documentId?: string | null): boolean {
  if (SERVICE_FAILURE_RE.test(message)) return true;
  if (documentId && documentId.length >= 20 && message.includes(documentId)) return true;
  return DOCUMENT_ID_RE.test(message);
}

/**
 * Apps Script's quota errors: "If you exceed a quota or limitation, your script throws an exception and execution stops
 * … Reaching a quota or limitation will result in an exception message indicating the specific limit exceeded or service
 * invoked too many times" (developers.google.com/apps-script/guides/services/quotas; quotas are per user and "reset 24
 * hours after the first request"). The wordings seen: "Service invoked too many times for one day: spreadsheets.",
 * "Service invoked too many times in a short time: …", "Service using too much computer time for one day", "Too many
 * simultaneous invocations: Spreadsheets". The server lets them through as they are (like the lock timeout) and the
 * sidebar says, in its language, that Google's limit was reached — not "Something went wrong: Exception".
 */
const QUOTA_RE = /\binvoked too many times\b|\btoo much computer time\b|\btoo many simultaneous invocations\b/i;

export function isQuotaExceeded(message: string): boolean {
  return QUOTA_RE.test(message);
}
