import { describe, expect, it } from 'vitest';
import { brief, lint } from './helpers/lint.js';

const spelling = { spelling: 'warning' } as const;

describe('§8 exceptions in metadata', () => {
  it('waive the listed rules for every post of the draft', async () => {
    const text = [
      '---',
      'exception:',
      '  rules: [spelling]',
      '  reason: Quoting a resident\'s letter exactly',
      '  approvedBy: [Unit Manager name, Head of IT name]',
      '---',
      'We recieved your letter.',
      '',
      '---',
      '',
      'Teh reply follows.',
      '',
    ].join('\n');
    expect((await lint(text, 'draft.md', spelling)).map(brief)).toEqual([]);
  });

  it('without a reason or approvers waive nothing, and say so', async () => {
    const text = ['---', 'exception:', '  rules: [spelling]', '---', 'We recieved your letter.', ''].join('\n');
    expect((await lint(text, 'draft.md', spelling)).map(brief)).toEqual([
      'exception/noReason 2:1 "exception"',
      'exception/noApprovers 2:1 "exception"',
      'spelling/unknown 5:4 "recieved"',
    ]);
  });

  it('that waive an enabled rule with nothing to waive are reported as unused', async () => {
    const text = ['---', 'exception:', '  rules: [spelling]', '  reason: r', '  approvedBy: [a, b]', '---', 'All spelled well.', ''].join('\n');
    expect((await lint(text, 'draft.md', spelling)).map(brief)).toEqual(['exception/unusedException 3:11 "spelling"']);
  });

  it('in a calendar apply per entry, an entry replacing the shared one', async () => {
    const text = [
      'exception: { rules: [spelling], reason: shared, approvedBy: [a, b] }',
      'posts:',
      '  - text: Recieved with thanks.',
      '  - text: Recieved again.',
      '    exception: { rules: [profanity], reason: own, approvedBy: [a, b] }',
      '',
    ].join('\n');
    expect((await lint(text, 'calendar.yaml', spelling)).map(brief)).toEqual(['spelling/unknown 4:11 "Recieved"']);
  });
});

describe('inline disable comments', () => {
  it('disable the named rule on the next line only', async () => {
    const text = [
      '<!-- gbc-post-lint-disable-next-line spelling -- quoting the sign -->',
      'The sign says recieve.',
      'Teh next line is checked.',
      '',
    ].join('\n');
    expect((await lint(text, 'draft.md', spelling)).map(brief)).toEqual(['spelling/unknown 3:1 "Teh"']);
  });

  it('are reported when they suppress nothing', async () => {
    const text = ['<!-- gbc-post-lint-disable-next-line spelling -- just in case -->', 'All spelled well.', ''].join('\n');
    expect((await lint(text, 'draft.md', spelling)).map(brief)).toEqual(['directive/unused 1:38 "spelling"']);
  });

  it('without rules waive nothing, profanity included, and say so', async () => {
    const text = ['<!-- gbc-post-lint-disable-next-line -- a quotation -->', 'Teh shit sign.', ''].join('\n');
    expect((await lint(text, 'draft.md', { spelling: 'warning', profanity: 'error' })).map(brief)).toEqual([
      'directive/noRules 1:1 "<!-- gbc-post-lint-disable-next-line -- a quotation -->"',
      'spelling/unknown 2:1 "Teh"',
      'profanity/profane 2:5 "shit"',
    ]);
  });

  it('in another form (disable, disable-line, a typo) waive nothing, and the right form is suggested', async () => {
    const text = [
      '<!-- gbc-post-lint-disable spelling -- a quotation -->',
      'Teh sign.',
      '<!-- gbc-post-lint-disable-line spelling -- a quotation -->',
      'Teh sign.',
      'Teh sign. <!-- gbc-post-lint-disable-line spelling -- a quotation -->',
      '<!-- gbc-post-lint-disable-nextline spelling -- a quotation -->',
      'Teh sign.',
      '',
    ].join('\n');
    const found = await lint(text, 'draft.md', spelling);
    expect(found.map(brief)).toEqual([
      'directive/unknownDirective 1:6 "gbc-post-lint-disable"',
      'spelling/unknown 2:1 "Teh"',
      'directive/unknownDirective 3:6 "gbc-post-lint-disable-line"',
      'spelling/unknown 4:1 "Teh"',
      'spelling/unknown 5:1 "Teh"',
      'directive/unknownDirective 5:16 "gbc-post-lint-disable-line"',
      'directive/unknownDirective 6:6 "gbc-post-lint-disable-nextline"',
      'spelling/unknown 7:1 "Teh"',
    ]);
    expect(found[2]!.message).toContain('put `gbc-post-lint-disable-next-line <rules> -- reason` on the line above');
    expect(found[6]!.message).toContain('did you mean `gbc-post-lint-disable-next-line`?');
  });

  it('in YAML cover the whole value of the key on the next line, block scalars included', async () => {
    const text = [
      'posts:',
      '  # gbc-post-lint-disable-next-line spelling -- street names as signed',
      '  - text: |',
      '      Recieve line one.',
      '      Teh line two.',
      '  - text: Recieve is checked here.',
      '',
    ].join('\n');
    expect((await lint(text, 'calendar.yaml', spelling)).map(brief)).toEqual(['spelling/unknown 6:11 "Recieve"']);
  });

  it('cannot disable core checks', async () => {
    const text = ['---', '# gbc-post-lint-disable-next-line metadata -- typo', 'platfroms: [x]', '---', 'Hello.', ''].join('\n');
    expect((await lint(text)).map(brief)).toEqual(['directive/coreCheck 2:35 "metadata"', 'metadata/unknownField 3:1 "platfroms"']);
  });
});
