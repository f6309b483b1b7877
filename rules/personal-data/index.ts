import { entities } from '../../src/analysis/entities.js';
import type { Post, PublishedText } from '../../src/drafts/post.js';
import type { Settings } from '../../src/config/settings.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { loadCompiled } from '../../src/util/compiled.js';
import { addresses } from './addresses.js';
import { Context, newIndexes } from './context.js';
import { personalData, type CueKind } from './data.js';
import type { DataKind, meta } from './meta.js';
import { bankDetails, nationalInsurance, nhsShaped, paymentCards, registrations, type Match } from './numbers.js';
import { datesOfBirth, namedAges, titledNames } from './people.js';
import { findPhones, toE164, type PhoneFound } from './phones.js';

type Options = OptionsOf<typeof meta>;

interface Finding extends Match {
  kind: DataKind;
  /** A private person's name is written right next to it ("Dave Jones on 07…"). */
  person: boolean;
  /** Reported only with other personal data in the post (a name and age in an awards post). */
  weak?: boolean;
}

const data = await loadCompiled(personalData);
const { cues, places } = newIndexes(data);
const streetTypes = new Set(data.places.street);
const houseWords = new Set(data.places.house);
const publicNumbers = new Set(data.numbers);

/** The more specific kind wins where two findings overlap. */
const PRIORITY: DataKind[] = ['card', 'nhs', 'nino', 'bank', 'phone', 'birth', 'age', 'vehicle', 'address', 'email'];
/** Entities whose digits are not data written in the post (a link's path, a hashtag). */
const MASKED = new Set(['url', 'email', 'mention', 'hashtag', 'cashtag']);
/** Private cues too common to say anything about an age ("Priya Patel, 16, for her work"). */
const PRONOUNS = new Set(['my', 'me', 'his', 'her', 'him', 'home']);
const EMAIL_LINK = /^(?:mailto:)?([^\s/:@]+@[^\s/:@]+\.[^\s/:@]+)$/i;
/**
 * A statutory notice: planning applications and licences are public registers, so the site's
 * address is published on purpose (27/00142/FULL, "premises licence").
 */
const PUBLIC_REGISTER = /(?<![\p{L}\p{N}])\d{2}\/\d{4,5}\/[A-Z]{3,6}(?![\p{L}\p{N}])|\b(?:planning (?:application|permission|appeal|notice)|premises licence|licence application|licensing (?:act|sub-committee|hearing)|application number|listed building consent)\b/iu;
/** Words between a name and the data that belongs to it: "Dave on 07…", "Dave's mobile: 07…". */
const FILLER = new Set(['on', 'at', 'is', 'number', 'no', 'mobile', 'phone', 'tel', 'telephone', 'email', 'e', 'mail', 'address', 'lives', 'of', 'via', 'or']);
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'please', 'or', 'and', 'the', 'for', 'to', 'then', 'alternatively', 'otherwise', 'text', 'whatsapp', 'call', 'ring', 'phone', 'email', 'contact',
]);

/**
 * The post's text and its images' alt texts: all of it is published. The texts are scanned in
 * turn, synchronously until one has a phone-shaped run of digits before the phone library is
 * loaded; from there on, each is scanned once the one before is done, as an async check would.
 */
export function check(post: Post, context: RuleContext<Options>): void | Promise<void> {
  const texts: PublishedText[] = [post, ...post.attachments.flatMap((a) => (a.altText ? [a.altText] : []))];
  const scanned: Scanned[] = [];
  const rest = async (pending: Promise<Scanned>, next: number): Promise<void> => {
    scanned.push(await pending);
    for (let i = next; i < texts.length; i++) scanned.push(await scan(texts[i]!, context.settings));
    report(scanned, context);
  };
  for (let i = 0; i < texts.length; i++) {
    const result = scan(texts[i]!, context.settings);
    if (result instanceof Promise) return rest(result, i + 1);
    scanned.push(result);
  }
  report(scanned, context);
}

function report(scanned: Scanned[], context: RuleContext<Options>): void {
  if (!scanned.some((s) => s.findings.length)) return;
  const strong = scanned.some((s) => s.findings.some((f) => !f.weak));
  // A private person named anywhere in the post (its text or an image's alt text) can be identified.
  const named = scanned.some((s) => s.findings.some((f) => f.person) || s.namesPerson());
  for (const { published, findings } of scanned) {
    for (const f of findings) {
      if (f.weak && !strong) continue;
      const messageId = f.kind === 'age' ? 'age' : named || f.person ? `${f.kind}Named` : f.kind;
      context.report({ messageId, span: published.text.toSource(f.start, f.end) });
    }
  }
}

interface Scanned {
  published: PublishedText;
  findings: Finding[];
  /** Whether the text names a private person with a title (Mrs Jane Smith). */
  namesPerson: () => boolean;
}

function scan(published: PublishedText, settings: Settings): Scanned | Promise<Scanned> {
  const text = published.text.text;
  const found: Finding[] = [];
  let ctx: Context | undefined;
  const context = (): Context => (ctx ??= new Context(published, cues, places));
  const namesPerson = () => titledNames(text).some((n) => privateName(context(), n));
  const hasDigits = /\d/.test(text);
  if (!hasDigits && !text.includes('@')) return { published, findings: [], namesPerson };
  const add = (kind: DataKind, m: Match, person = false) => found.push({ kind, start: m.start, end: m.end, person });

  const ents = entities(published);
  for (const e of ents) {
    // Markdown publishes a bare e-mail address as a link, so the shared analysis may call it one.
    const address = e.kind === 'email' ? e.value : e.kind === 'url' ? EMAIL_LINK.exec(e.value)?.[1] : undefined;
    if (!address) continue;
    const verdict = emailVerdict(address, e.start, context, settings);
    if (verdict) add('email', e, verdict === 'person');
  }

  if (hasDigits) {
    // Links, hashtags and handles blanked out, offsets unchanged.
    let masked = '';
    let at = 0;
    for (const e of ents) {
      if (!MASKED.has(e.kind)) continue;
      masked += text.slice(at, e.start) + ' '.repeat(e.end - e.start);
      at = e.end;
    }
    masked += text.slice(at);

    for (const m of nationalInsurance(masked)) {
      if (m.upper || context().has(context().before(m.start, 6), 'nino')) add('nino', m);
    }
    for (const m of nhsShaped(masked)) {
      const c = context();
      const nhs = c.has(c.before(m.start, 6), 'nhs');
      if (!nhs && (!/^[4-7]/.test(m.digits) || c.nearest(m.start, 3, ['reference']))) continue;
      add('nhs', m);
    }
    for (const m of paymentCards(masked)) if (!context().nearest(m.start, 3, ['reference'])) add('card', m);
    for (const m of bankDetails(masked)) {
      const c = context();
      // An organisation's account, published for payments ("Gosport Borough Council, sort code…"), passes.
      if (c.has([...c.before(m.start, 4), ...c.wordsIn(m)], 'bank') && ownerCue(c, m.start, 10) !== 'organisation') add('bank', m);
    }
    for (const m of registrations(masked)) {
      const c = context();
      if (c.has([...c.before(m.start, 8, true), ...c.after(m.end, 5)], 'vehicle')) add('vehicle', m, !!attachedName(c, m.start));
    }
    for (const m of datesOfBirth(masked)) {
      // A public figure's birthday in a tribute ("Former Mayor Cllr Peter Edgar, born on…") is public.
      const c = context();
      if (c.nearest(m.start, 10, ['role'], true)) continue;
      add('birth', m, !!attachedName(c, m.start));
    }
    for (const m of namedAges(masked)) {
      const c = context();
      // "Victim Tom Baker, 34": a cue word written like part of the name is a cue.
      let leading = false;
      for (const i of c.wordsIn(m.name)) {
        if (!c.cuesIn(c.cues, [i], ['private']).length) break;
        leading = true;
        m.start = m.name.start = c.words[i + 1]?.start ?? m.name.end;
      }
      if (m.name.start >= m.name.end || !privateName(c, m.name)) continue;
      // Awards and birthdays name people with their ages, with their consent: a title (Mrs Jane Smith, 84),
      // a private cue (resident, victim, missing) or other personal data in the post says otherwise.
      const titled = titledNames(text.slice(m.name.start, m.name.end)).length > 0;
      const cue = leading || c.cuesIn(c.cues, [...c.before(m.start, 8, true), ...c.after(m.end, 8)], ['private']).some((q) => !PRONOUNS.has(c.keys[q.word]!));
      found.push({ kind: 'age', start: m.start, end: m.end, person: true, weak: !titled && !cue });
    }
    const written = addresses(masked, streetTypes, houseWords);
    const register = written.length > 0 && PUBLIC_REGISTER.test(masked);
    for (const a of written) {
      const verdict = addressVerdict(a, context(), settings, register);
      if (verdict) add('address', a, verdict === 'person');
    }
    const addPhones = (phones: PhoneFound[]): Scanned => {
      for (const p of phones) {
        const verdict = phoneVerdict(p, context, settings);
        if (verdict) add('phone', p, verdict === 'person');
      }
      return { published, findings: resolveOverlaps(found), namesPerson };
    };
    const phones = findPhones(masked, data);
    return phones instanceof Promise ? phones.then(addPhones) : addPhones(phones);
  }

  return { published, findings: resolveOverlaps(found), namesPerson };
}

function resolveOverlaps(found: Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const kind of PRIORITY) {
    for (const f of found) {
      if (f.kind === kind && !kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

type Verdict = 'person' | 'private' | undefined;

const DECIDING: CueKind[] = ['organisation', 'role', 'private'];

/** Who a contact belongs to, from the nearest telling words before it: a private person, or an organisation (undefined). */
function ownerCue(c: Context, start: number, count: number): CueKind | undefined {
  return c.nearest(start, count, DECIDING)?.kind;
}

function phoneVerdict(phone: PhoneFound, context: () => Context, settings: Settings): Verdict {
  const { start, end } = phone;
  const e164 = phone.number.number;
  const national = phone.number.nationalNumber;
  if (publicNumbers.has(e164) || data.blocks.some((b) => e164.startsWith(b)) || allowedNumbers(settings).has(e164)) return undefined;
  // 03, 08 and 09 numbers are organisations' by Ofcom's allocation (public bodies, charities, businesses).
  if (/^[389]/.test(national)) return undefined;
  const c = context();
  if (attachedName(c, start)) return 'person';
  const owner = ownerCue(c, start, 10);
  if (owner === 'private') return 'private';
  if (owner) return undefined;
  // "07700 900123 (box office)"
  if (/^\s*[(–—-]/.test(c.text.slice(end)) && c.cuesIn(c.cues, c.after(end, 4), ['organisation']).length) return undefined;
  // A landline the post asks readers to call is the number it offers the public ("Call 023 9254 5340").
  if (/^[12]/.test(national) && c.nearest(start, 2, ['call'], true)) return undefined;
  return 'private';
}

function emailVerdict(address: string, start: number, context: () => Context, settings: Settings): Verdict {
  const lower = address.toLowerCase();
  const [local = '', domain = ''] = lower.split('@');
  if (data.domains.some((d) => domain === d || domain.endsWith(`.${d}`)) || allowed(settings).emails.has(lower)) return undefined;
  const c = context();
  if (attachedName(c, start)) return 'person';
  const webmail = data.webmail.includes(domain);
  // jane.smith@, j.smith@, jsmith72@: written like a person's name.
  const nameLike = /^[a-z]+[._-][a-z]+\d*$/.test(local);
  if (!webmail && data.mailboxes.includes(local.split(/[._+\-\d]/)[0]!)) return undefined;
  // An owner named right before it decides ("the club at…", "her email…"); further away, only
  // when the address does not look like a person's own at a free mail service.
  const near = ownerCue(c, start, 3);
  if (near) return near === 'private' ? 'private' : undefined;
  if (webmail && nameLike) return 'private';
  const owner = ownerCue(c, start, 10);
  if (owner) return owner === 'private' ? 'private' : undefined;
  return webmail || nameLike ? 'private' : undefined;
}

function addressVerdict(
  a: { start: number; end: number; street: string; streetStart: number; streetEnd: number },
  c: Context,
  settings: Settings,
  register: boolean,
): Verdict {
  const written = normaliseAddress(c.text.slice(a.start, a.end));
  if (allowed(settings).addresses.some((x) => written.includes(x) || x.includes(written))) return undefined;
  if (data.places.public.includes(a.street) || data.places.public.some((p) => a.street.endsWith(` ${p}`) && p.includes(' '))) return undefined;
  if (attachedName(c, a.start)) return 'person';
  const lead = c.before(a.start, 8, true);
  const privateCue = c.cuesIn(c.cues, lead, ['private'])[0];
  const publicPlace = c.cuesIn(c.places, [...lead, ...c.after(a.end, 4)], ['public'])[0];
  const org = c.cuesIn(c.cues, lead, ['organisation'])[0];
  const near = [publicPlace, org].filter((x) => x !== undefined).sort((x, y) => y.word - x.word)[0];
  if (privateCue && (!near || privateCue.word > near.word || near.word > c.wordAt(a.end) - 1)) return 'private';
  if (near || register) return undefined;
  return 'private';
}

const normaliseAddress = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A private person's name written right before the data ("Dave Jones on 07…",
 * "Jane Smith, 12 Elm Road"): capitalised words that are not an organisation,
 * a role, a place or a sentence's first word.
 */
function attachedName(c: Context, start: number): boolean {
  let i = c.wordAt(start) - 1;
  let at = start;
  let skipped = 0;
  while (i >= 0 && skipped < 3 && FILLER.has(c.keys[i]!) && /^[\s:,'’s]*$/.test(c.text.slice(c.words[i]!.end, at))) {
    at = c.words[i]!.start;
    i--;
    skipped++;
  }
  const run: number[] = [];
  while (i >= 0 && run.length < 3) {
    const w = c.words[i]!;
    const gap = c.text.slice(w.end, at);
    if (!/^\p{Lu}\p{Ll}/u.test(w.value) || !(run.length ? /^ $/ : /^(?:['’]s)?[\s:,–—-]*$/).test(gap)) break;
    if (NOT_NAMES.has(c.keys[i]!)) break;
    run.unshift(i);
    at = w.start;
    i--;
  }
  if (!run.length) return false;
  const first = c.words[run[0]!]!;
  if (run.length === 1 && first.sentenceStart) return false;
  return privateName(c, { start: first.start, end: c.words[run[run.length - 1]!]!.end });
}

/** A name that is not an organisation, a place or a public role (Cllr, the Mayor, Head of Housing). */
function privateName(c: Context, name: Match): boolean {
  const inside: number[] = [];
  for (let i = c.wordAt(name.start); i < c.words.length && c.words[i]!.end <= name.end; i++) inside.push(i);
  if (!inside.length) return false;
  if (c.cuesIn(c.cues, inside, ['organisation', 'role', 'call']).length) return false;
  if (c.cuesIn(c.places, inside).length) return false;
  if (inside.every((i) => NOT_NAMES.has(c.keys[i]!))) return false;
  // A role just before ("Cllr", "the Mayor,") or just after (", Head of Communities").
  if (c.cuesIn(c.cues, c.before(name.start, 2), ['role']).length) return false;
  if (/^\s*[,(]/.test(c.text.slice(name.end)) && c.cuesIn(c.cues, c.after(name.end, 4), ['role', 'organisation']).length) return false;
  return true;
}

interface Allowed {
  emails: Set<string>;
  addresses: string[];
  phones: string[];
  /** The phones in E.164 form, worked out once the phone library is loaded. */
  numbers?: Set<string>;
}

const allowedCache = new WeakMap<Settings, Allowed>();

/** The configuration's `allow.contacts`: e-mail addresses, phone numbers and postal addresses. */
function allowed(settings: Settings): Allowed {
  let out = allowedCache.get(settings);
  if (!out) {
    out = { emails: new Set(), addresses: [], phones: [] };
    for (const contact of settings.allow.contacts) {
      if (contact.includes('@')) out.emails.add(contact.trim().toLowerCase());
      else if (/^[\d\s()+.-]+$/.test(contact)) out.phones.push(contact);
      else out.addresses.push(normaliseAddress(contact));
    }
    allowedCache.set(settings, out);
  }
  return out;
}

/** Allowed phone numbers in E.164 form, so that "023 9258 4242", "02392584242" and "+44 23 9258 4242" are one number. */
function allowedNumbers(settings: Settings): Set<string> {
  const out = allowed(settings);
  out.numbers ??= new Set(out.phones.flatMap((p) => toE164(p, data) ?? []));
  return out.numbers;
}
