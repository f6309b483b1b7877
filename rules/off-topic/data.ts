import * as z from 'zod/mini';
import { ruleFile } from '../../src/paths.js';
import { termListData } from '../../src/terms/data.js';
import type { CompiledData } from '../../src/util/compiled.js';
import { readRuleData } from '../../src/util/data-file.js';

/** rules/off-topic/terms.yaml (private matters), compiled by `npm run build`. */
export const offTopicTerms = termListData('off-topic');

export interface Topic {
  topic: string;
  /** Other values of `topic:` that mean this one (bins → waste). */
  aliases: string[];
  keywords: string[];
}

/** The schemas of the rule's data files: built only when the data is compiled, never in a run that reads dist/data. */
function schemas() {
  const words = z.array(z.string().check(z.trim(), z.minLength(1)));
  const topicEntry = z.strictObject({
    topic: z.string().check(z.trim(), z.minLength(1)),
    note: z.string().check(z.trim(), z.minLength(1)),
    aliases: z.optional(words),
    keywords: words.check(z.minLength(3, 'list at least three keywords')),
  });
  return { topicEntry };
}

/** topics.yaml: the common topics of council posts and their keywords, compiled into dist/data/off-topic-topics.json. */
export const offTopicTopics: CompiledData<{ topics: Topic[] }> = {
  name: 'off-topic-topics',
  sources: () => [ruleFile('off-topic', 'topics.yaml')],
  async compile() {
    const { topicEntry } = schemas();
    const entries = readRuleData('off-topic', 'topics.yaml', z.array(topicEntry));
    const seen = new Set<string>();
    for (const e of entries) {
      for (const name of [e.topic, ...(e.aliases ?? [])].map((n) => n.toLowerCase())) {
        if (seen.has(name)) throw new Error(`rules/off-topic/topics.yaml: "${name}" names two topics`);
        seen.add(name);
      }
    }
    return { topics: entries.map((e) => ({ topic: e.topic.toLowerCase(), aliases: (e.aliases ?? []).map((a) => a.toLowerCase()), keywords: e.keywords })) };
  },
};
