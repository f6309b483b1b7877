import type { Finding } from './finding.js';
import { lazyPattern } from '../../src/util/lazy-pattern.js';

/**
 * Passwords, PINs, door, gate, alarm and key-safe codes, and Wi-Fi keys written
 * out: a keyword ("password", "door code", "Wi-Fi key"), a connector ("is",
 * ":", "for the back gate is"), then a value that looks like a secret. The
 * value is what is reported, and it is validated by kind: a PIN is digits, a
 * code is digits (with a letter or # around them: C1234X, 4590#), and a password
 * or key is anything that is not an ordinary word of advice ("the password is
 * case-sensitive", "Wi-Fi password: ask at the desk").
 */
export interface DisclosureWords {
  /** Lower-case words that are never a secret (not-secrets.yaml, group 1). */
  notSecrets: ReadonlySet<string>;
  /** Well-known weak passwords and PINs: quoted by campaigns as examples (group 2). */
  examples: ReadonlySet<string>;
}

type Kind = 'password' | 'pin' | 'code' | 'wifi';

/** Between the keyword and the value. `bare` (a space alone) is accepted only for values that cannot be words. */
const CONNECT = String.raw`(?:(?<for>\s+(?:for|to|of|on)\s+[^.!?\n:;,]{1,40}?(?=\s*[:=]|\s+(?:is|was|will\s+be|has|had|remains)\s)))?(?:(?<conn>\s*[:=]\s*|\s+[-\u2013\u2014]\s+|\s+(?:is\s+now|is\s+still|is\s+currently|is|was|will\s+be|has\s+(?:now\s+)?(?:been\s+)?(?:changed|reset|set|updated)\s+to|(?:changed|reset|set|updated)\s+to|remains|reads)(?:\s*[:=]\s*|\s+))|(?<bare>\s+))`;

const PASSWORD = lazyPattern(
  String.raw`\b(?<key>pass(?:word|code|phrase)s?|pass\s+code|passwd|pwd|pw|PIN(?:\s+(?:number|code|no\.?))?|log-?in\s+code|access\s+pin)` + CONNECT,
  'gi',
);

/** A lock's code: door, gate, alarm, key safe… followed by code, combination, PIN or number. */
const CODE = lazyPattern(
  String.raw`\b(?<what>(?:(?:front|back|rear|side|main|staff|fire|bin\s+store|office|depot|site)\s+)?(?:door|gate|alarm|key[\s-]?safe|key\s?box|lock[\s-]?box|padlock|combination\s+lock|keypad|key\s+pad|entry|entrance|access|security|barrier|garage|shutter|cupboard|cabinet|compound|toilet|store\s+room|building\s+(?:entry|access))s?)\s+(?:(?:entry|access|lock|door|keypad|unlock|alarm|disarm|set)\s+)?(?<noun>codes?|combinations?|combo|pin|number|no\.?)` +
    CONNECT,
  'gi',
);
/** Numbers are a lock's code only for locks that have nothing else numbered (not "door number 12"). */
const NUMBERED_LOCK = /key[\s-]?safe|key\s?box|lock[\s-]?box|padlock|combination|keypad|key pad|alarm/i;

/** "Key safe: 1234", "the lockbox is C1234X". */
const LOCK_DIRECT = lazyPattern(String.raw`\b(?<what>key[\s-]?safe|keysafe|key\s?box|lock[\s-]?box|padlock|combination\s+lock)` + CONNECT, 'gi');

/** "The code for the back gate is 4590#", "code: 1234" — a code of a door, gate, alarm… said in the same sentence. */
const GENERIC_CODE = lazyPattern(String.raw`\b(?:the\s+)?(?:pass)?code` + CONNECT, 'gi');
const CODE_CONTEXT = /\b(?:doors?|gates?|alarms?|key[\s-]?safes?|keysafe|key\s?box|locks?|padlock|keypad|entrance|entry|building|office|depot|stores?|shed|garage|cupboard|cabinet|compound|toilets?|barrier|get in|let yourself in|buzz(?:er)?)\b/i;

/** A Wi-Fi network, then its key or password. */
const WIFI = /\b(?:wi-?fi|wifi|wireless|wlan|ssid|hotspot)\b/i;
const WIFI_KEY = lazyPattern(String.raw`\b(?<key>(?:(?:network|security|wpa2?|wi-?fi|wifi|wireless)\s+)?key|pass(?:word|code|phrase)|pw|pwd)` + CONNECT, 'gi');

/** Digits, possibly wrapped in a letter or ended with # or * (4590#, C1234X, *1234#), or dashed (12-34). */
const CODE_VALUE = /^(?:[A-Z]?\d{3,8}[A-Z]?[#*]?|[#*]\d{3,8}[#*]?|\d{1,4}(?:-\d{1,4}){1,3}#?)$/;
const PIN_VALUE = /^\d{4,8}$/;
/** A word (hyphens and apostrophes inside it allowed): a secret only when nothing else could be meant. */
const PLAIN_WORD = /^\p{L}+(?:[-'’]\p{L}+)*$/u;
/** A hypothetical: "if your password is…", "when the new PIN is…". */
const HYPOTHETICAL = /\b(?:if|unless|whether|when)\s+(?:your|a|the|my|their)\s+(?:[\p{L}-]+\s+)?$/iu;
/** A number that says how long a password is: "12 characters", "4 digits". */
const LENGTH_AFTER = /^\s*(?:characters?|chars?|digits?|letters?|numbers?|symbols?|words?|or\s+more|minimum|long|times|attempts|tries|days|weeks|months|years|minutes|hours|%)\b/i;
const LENGTH_VALUE = /^\d+[-‑–](?:characters?|chars?|digits?|letters?|numbers?|words?)$/i;
/** A web address or a domain: where to go, not what to type. */
const LINK_VALUE = /:\/\/|^www\.|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/|$)/i;
/** Masked or placeholder values: ********, xxxx, [password]. */
const MASKED = /^(?:[x*•.#?_-]+|\[.*\]|<.*>|\{.*\})$/i;

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '`': '`', '«': '»' };

interface Value {
  start: number;
  end: number;
  value: string;
  quoted: boolean;
}

/** The value at `at`: a quoted string (without its quotes), or one token without the punctuation ending its sentence. */
function readValue(text: string, at: number): Value | undefined {
  const open = text[at]!;
  const close = QUOTES[open];
  if (close) {
    const end = text.indexOf(close, at + 1);
    if (end <= at + 1 || end - at > 65 || text.slice(at + 1, end).includes('\n')) return undefined;
    return { start: at + 1, end, value: text.slice(at + 1, end), quoted: true };
  }
  const token = /^[^\s"“”‘’`,;()<>[\]{}]+/.exec(text.slice(at, at + 100))?.[0];
  if (!token) return undefined;
  let value = token.replace(/[.,;:?'’")\]]+$/, '');
  // "The password is sunflower!": the ! ends the sentence; in "Gosport2026!" it is part of the password.
  if (/^\p{L}+!+$/u.test(value)) value = value.replace(/!+$/, '');
  return value ? { start: at, end: at + value.length, value, quoted: false } : undefined;
}

/** Nothing but closing punctuation and the end of the sentence after the value: "…is sunflower." */
function standsAlone(text: string, end: number): boolean {
  return /^[.,;:!?)\]'"’”]*(?:\s*$|\s*\n|(?<=[.;!?])\s)/.test(text.slice(end, end + 40));
}

function secretLike(kind: Kind, v: Value, text: string, bare: boolean, words: DisclosureWords): boolean {
  const lower = v.value.toLowerCase();
  if (words.notSecrets.has(lower) || MASKED.test(v.value) || LINK_VALUE.test(v.value) || LENGTH_VALUE.test(v.value)) return false;
  if (/^\d+$/.test(v.value) && LENGTH_AFTER.test(text.slice(v.end, v.end + 20))) return false;
  if (kind === 'code') return CODE_VALUE.test(v.value);
  if (words.examples.has(lower)) return false;
  if (kind === 'pin') return PIN_VALUE.test(v.value);
  if (v.quoted) return v.value.trim().length >= 3;
  if (PLAIN_WORD.test(v.value)) return !bare && v.value.length >= 4 && standsAlone(text, v.end);
  // Digits or symbols: Gosport2026!, 4821, Bl0ck-7.
  return v.value.length >= 4 && /[\p{L}\p{N}]/u.test(v.value);
}

interface Match {
  kind: Kind;
  what: string;
  valueAt: number;
  bare: boolean;
  keyStart: number;
}

/** What a keyword announces, in words for the message: "a key-safe code", "an alarm code", "a PIN". */
function describe(kind: Kind, key: string): string {
  const k = key.toLowerCase().replace(/\s+/g, ' ');
  if (kind === 'pin') return 'a PIN';
  if (kind === 'code') {
    const lock = k.replace(/key ?-?safe|keysafe/, 'key-safe').replace(/lock ?-?box/, 'lockbox');
    return `${/^[aeiou]/.test(lock) ? 'an' : 'a'} ${lock} code`;
  }
  if (/code/.test(k)) return 'a passcode';
  if (/phrase/.test(k)) return 'a passphrase';
  return 'a password';
}

/** The sentence (or line) holding text[from, to). */
function sentenceAround(text: string, from: number, to: number): string {
  const start = Math.max(text.lastIndexOf('\n', from - 1), text.slice(0, from).search(/[.!?]\s[^.!?]*$/)) + 1;
  const rest = text.slice(to).search(/[.!?](?:\s|$)|\n/);
  return text.slice(start, rest < 0 ? text.length : to + rest);
}

/**
 * Tests that rule a pattern out cheaply: most posts mention no password, lock or network at all,
 * and one search costs far less than a pattern tried at every word. Each keyword starts a word
 * ("pin" in "shopping" or "entr" in "centre" starts none), and each test is implied by a match of
 * the patterns it guards, so it changes nothing found. (The flags are the patterns': `i` alone.)
 */
const MAY_HAVE = {
  wifi: WIFI,
  /** The keyword of PASSWORD (and of WIFI_KEY, with "key"). */
  password: /\b(?:pass|pw|pin|log-?in)/i,
  /** The lock word of CODE and LOCK_DIRECT, which starts a word after a prefix ("back gate") too. */
  lock: /\b(?:door|gate|alarm|key|lock|padlock|combination|entr|access|security|barrier|garage|shutter|cupboard|cabinet|compound|toilet|store|building)/i,
  /** The noun of CODE ("no" with or without its full stop) or the word of GENERIC_CODE, then what CONNECT starts with. */
  code: /\b(?:codes?|combinations?|combo|pin|number|no\.?|passcode)[\s:=]/i,
};

function* matches(text: string): Generator<Match> {
  const at = (m: RegExpExecArray) => m.index + m[0].length;
  const isBare = (m: RegExpExecArray) => m.groups!['bare'] !== undefined;
  // A lock's code is digits (CODE_VALUE): without a digit in the text there is none to find, and
  // the lock and code words are not looked for.
  const digits = /\d/.test(text);
  const password = MAY_HAVE.password.test(text);
  // A Wi-Fi key is a key, a password or a passcode (WIFI_KEY): the network is looked for only then.
  const wifi = (password || /key/i.test(text)) && MAY_HAVE.wifi.test(text);
  const lock = digits && MAY_HAVE.lock.test(text);
  const code = digits && MAY_HAVE.code.test(text);

  if (wifi) for (const k of text.matchAll(WIFI_KEY())) {
    if (isBare(k)) continue;
    // The network is named just before its key ("Wi-Fi: GBC-Staff, key: …"), in the same paragraph, or in it ("Wi-Fi password: …").
    const paragraphStart = text.lastIndexOf('\n\n', k.index) + 1;
    if (!WIFI.test(text.slice(Math.max(paragraphStart, k.index - 120), at(k)))) continue;
    yield { kind: 'wifi', what: 'a Wi-Fi network', valueAt: at(k), bare: false, keyStart: k.index };
  }
  if (lock && code && digits) for (const m of text.matchAll(CODE())) {
    const what = m.groups!['what']!;
    if (/^no|^num/i.test(m.groups!['noun']!) && !NUMBERED_LOCK.test(what)) continue;
    yield { kind: 'code', what: describe('code', what), valueAt: at(m), bare: isBare(m) && m.groups!['for'] === undefined, keyStart: m.index };
  }
  if (lock && digits) for (const m of text.matchAll(LOCK_DIRECT())) {
    if (isBare(m)) continue;
    yield { kind: 'code', what: describe('code', m.groups!['what']!), valueAt: at(m), bare: false, keyStart: m.index };
  }
  if (password) for (const m of text.matchAll(PASSWORD())) {
    const key = m.groups!['key']!;
    const pin = /pin/i.test(key);
    // "pw", "pwd": abbreviations only read as such before ":" or "=".
    if (/^pw/i.test(key) && !/^\s*[:=]/.test(m.groups!['conn'] ?? '')) continue;
    const target = m.groups!['for'];
    if (isBare(m) && target !== undefined) continue;
    // "The PIN for the alarm is…": a lock's code, whatever digits it is.
    if (target !== undefined && CODE_CONTEXT.test(target)) {
      yield { kind: 'code', what: 'an entry code', valueAt: at(m), bare: false, keyStart: m.index };
      continue;
    }
    yield { kind: pin ? 'pin' : 'password', what: describe(pin ? 'pin' : 'password', key), valueAt: at(m), bare: isBare(m), keyStart: m.index };
  }
  if (code && digits) for (const m of text.matchAll(GENERIC_CODE())) {
    if (!CODE_CONTEXT.test(sentenceAround(text, m.index, at(m)))) continue;
    yield { kind: 'code', what: 'an entry code', valueAt: at(m), bare: isBare(m), keyStart: m.index };
  }
}

/** Secrets written out in the text, one finding per value. */
export function disclosures(text: string, words: DisclosureWords): Finding[] {
  const out: Finding[] = [];
  for (const m of matches(text)) {
    if (HYPOTHETICAL.test(text.slice(Math.max(0, m.keyStart - 40), m.keyStart))) continue;
    const v = readValue(text, m.valueAt);
    if (!v || out.some((f) => f.start === v.start)) continue;
    // A Wi-Fi key is a password or a code: validated as a password.
    if (!secretLike(m.kind === 'wifi' ? 'password' : m.kind, v, text, m.bare, words)) continue;
    out.push({ start: v.start, end: v.end, messageId: m.kind === 'pin' ? 'password' : m.kind, what: m.what });
  }
  return out;
}
