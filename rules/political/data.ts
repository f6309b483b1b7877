import * as z from 'zod/mini';
import { ruleFile } from '../../src/paths.js';
import { termListData } from '../../src/terms/data.js';
import type { CompiledData } from '../../src/util/compiled.js';
import { readRuleData } from '../../src/util/data-file.js';

/** terms.yaml: compiled by `npm run build` into dist/data/political.json. */
export const politicalData = termListData('political');

/** The schemas of the rule's data files: built only when the data is compiled, never in a run that reads dist/data. */
function schemas() {
  const text = z.string().check(z.trim(), z.minLength(1));
  const titleEntry = z.strictObject({
    title: text,
    note: text,
    source: z.optional(z.string()),
    case: z.optional(z.enum(['exact', 'any'])),
    except: z.optional(z.array(text).check(z.minLength(1))),
  });
  const titlesFile = z.array(titleEntry).check(
    z.superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((entry, i) => {
        const key = entry.title.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `title "${entry.title}" is listed twice`, path: [i, 'title'], input: entry.title });
        seen.add(key);
      });
    }),
  );
  return { titlesFile };
}

/** An office-holder's title: praise, attack and credit words count only when aimed at one. */
export interface Title {
  title: string;
  /** Only as written ("Leader", not "team leader"). */
  exact: boolean;
  /** Lower-case phrases around the title that make it something else ("local government"). */
  except: string[];
}

/** titles.yaml: compiled by `npm run build` into dist/data/political-titles.json. */
export const politicalTitles: CompiledData<{ titles: Title[] }> = {
  name: 'political-titles',
  sources: () => [ruleFile('political', 'titles.yaml')],
  async compile() {
    const { titlesFile } = schemas();
    const titles = readRuleData('political', 'titles.yaml', titlesFile).map((e) => ({
      title: e.title,
      exact: e.case === 'exact',
      except: (e.except ?? []).map((x) => x.toLowerCase()),
    }));
    return { titles };
  },
};
