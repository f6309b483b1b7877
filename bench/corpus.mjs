// Generates a deterministic corpus of realistic drafts for the benchmark: the
// same seed gives byte-identical files on every machine.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PURPOSES = ['engagement', 'engagement', 'marketing', 'emergency'];
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const lines = (name) =>
  readFileSync(join(ROOT, 'test', 'data', name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));

const benign = [...lines('benign-posts.txt'), ...lines('local-names.txt')];
const misspelt = lines('misspellings.txt').map((row) => row.split('\t')[2]);
const profane = lines('profane-posts.txt').map((row) => row.split('\t')[1]);

/** mulberry32: a small, well-known seeded generator. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANNELS = [
  ['x/GosportBC', ['x']],
  ['facebook/GosportBoroughCouncil', ['facebook']],
  ['instagram/gosportbc', ['instagram']],
  ['bluesky/gosportbc.bsky.social', ['bluesky']],
  ['linkedin/gosport-borough-council', ['linkedin']],
];
const ALTS = [
  'A green recycling bin on a pavement in Bridgemary',
  'The Gosport Ferry crossing the harbour at sunset',
  'Families walking along the seafront at Stokes Bay',
  'image',
  '',
  'The Mayor of Gosport cutting a ribbon at the new play area in Walpole Park',
];

/** One post: mostly benign, sometimes with a typo, profanity, or a second sentence that makes it long. */
function postText(next) {
  const r = next();
  let text = benign[Math.floor(next() * benign.length)];
  if (r < 0.12) text = misspelt[Math.floor(next() * misspelt.length)];
  else if (r < 0.16) text = profane[Math.floor(next() * profane.length)];
  if (next() < 0.25) text += ' ' + benign[Math.floor(next() * benign.length)];
  return text;
}

function markdownDraft(next, i) {
  const [channel] = CHANNELS[i % CHANNELS.length];
  // Drafts written for this tool say why they are posted (§4) and credit their photos (§19), as its rules ask.
  const front = [`channel: ${channel}`, `author: officer.${i % 17}`, `purpose: ${PURPOSES[i % PURPOSES.length]}`, `publish: 2026-12-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00Z`];
  if (next() < 0.3) front.push('media:', `  - file: photo-${i}.jpg`, `    alt: ${JSON.stringify(ALTS[Math.floor(next() * ALTS.length)])}`, '    credit: Gosport Borough Council');
  const posts = next() < 0.15 ? 2 + Math.floor(next() * 3) : 1;
  const body = Array.from({ length: posts }, () => postText(next)).join('\n\n---\n\n');
  return `---\n${front.join('\n')}\n---\n${body}\n`;
}

function yamlDraft(next, i) {
  const [channel] = CHANNELS[i % CHANNELS.length];
  if (next() < 0.5) return `channel: ${channel}\npurpose: ${PURPOSES[i % PURPOSES.length]}\ntopic: news\ntext: ${JSON.stringify(postText(next))}\n`;
  const entries = Array.from({ length: 3 + Math.floor(next() * 3) }, (_, k) => {
    const style = next() < 0.5 ? `text: ${JSON.stringify(postText(next))}` : `text: |\n      ${postText(next)}`;
    return `  - publish: 2026-12-${String(1 + k).padStart(2, '0')}\n    ${style}`;
  });
  return `channel: ${channel}\nauthor: officer.${i % 17}\npurpose: ${PURPOSES[i % PURPOSES.length]}\nposts:\n${entries.join('\n')}\n`;
}

/** Writes `count` drafts under `dir` (emptied first), in subfolders of 100. */
export function writeCorpus(dir, count, seed = 2026) {
  rmSync(dir, { recursive: true, force: true });
  const next = random(seed);
  const files = [];
  for (let i = 0; i < count; i++) {
    const yaml = next() < 0.3;
    const file = join(dir, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`, `draft-${String(i).padStart(5, '0')}.${yaml ? 'yaml' : 'md'}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, yaml ? yamlDraft(next, i) : markdownDraft(next, i));
    files.push(file);
  }
  return files;
}
