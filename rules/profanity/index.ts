import { entities, prose } from '../../src/analysis/entities.js';
import type { Post } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { loadCompiled } from '../../src/util/compiled.js';
import { profanityData } from './data.js';
import { Matcher } from './matcher.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

/** The words of a hashtag: #BinDay2026 is Bin, Day, 2026; #bullshit stays whole. */
const HASHTAG_WORD = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu;

const data = await loadCompiled(profanityData);
// Indexed once per process for each distinct set of options (usually one).
const matchers = new Map<string, Matcher>();

function matcherFor(options: Options): Matcher {
  const key = JSON.stringify([options.terms, options.allow]);
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = new Matcher(data, options.terms, options.allow);
    matchers.set(key, matcher);
  }
  return matcher;
}

export function check(post: Post, context: RuleContext<Options>): void {
  const matcher = matcherFor(context.options);
  const text = post.text.text;
  const found = matcher.match(prose(post));
  // Hashtags and handles are blanked out of the prose; read their words too (#BinDay is Bin + Day).
  for (const tag of entities(post)) {
    // "@rse" reads as a handle to the entity finder; a real handle is rarely a disguised swear word.
    if (tag.kind === 'mention' && !tag.value.includes('@')) {
      for (const m of matcher.match(text.slice(tag.start, tag.end))) found.push({ ...m, start: tag.start + m.start, end: tag.start + m.end });
      continue;
    }
    if (tag.kind !== 'hashtag') continue;
    for (const part of text.slice(tag.start, tag.end).matchAll(HASHTAG_WORD)) {
      for (const m of matcher.match(part[0])) {
        const at = tag.start + part.index;
        found.push({ ...m, start: at + m.start, end: at + m.end });
      }
    }
  }
  for (const m of found) {
    context.report({
      messageId: m.term.mild ? 'mild' : 'profane',
      data: { word: text.slice(m.start, m.end) },
      span: post.text.toSource(m.start, m.end),
    });
  }
}
