import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Io } from '../cli.js';
import { CONFIG_NAMES } from '../config/load.js';
import { PACKAGE_ROOT } from '../paths.js';

/** Where `init` writes the sample draft, relative to the folder it runs in. */
export const SAMPLE_DRAFT = join('drafts', 'sample-post.md');
/** The configuration's JSON Schema, in the package (generated from the zod schemas). */
const SCHEMA = join(PACKAGE_ROOT, 'schema', 'gbc-post-lint.schema.json');

/**
 * `gbc-post-lint init`: a commented configuration and a sample draft in the
 * current folder. It never writes over anything: when either file (or the
 * other configuration name) is there already, it writes nothing, says what
 * is there, and exits with 2, as for any request it cannot carry out.
 */
export function init(io: Io): number {
  const config = join(io.cwd, CONFIG_NAMES[0]);
  const sample = join(io.cwd, SAMPLE_DRAFT);
  const present = [...CONFIG_NAMES.map((name) => join(io.cwd, name)), sample].filter((path) => existsSync(path));
  if (present.length) {
    const names = present.map((path) => relative(io.cwd, path)).join(' and ');
    io.stderr(`gbc-post-lint: ${names} already ${present.length > 1 ? 'exist' : 'exists'}; init writes nothing over existing files (move ${present.length > 1 ? 'them' : 'it'} away to start afresh)\n`);
    return 2;
  }
  writeFileSync(config, configText(schemaReference(io.cwd)), { flag: 'wx' });
  mkdirSync(dirname(sample), { recursive: true });
  writeFileSync(sample, SAMPLE, { flag: 'wx' });
  io.stdout(
    [
      `Wrote ${CONFIG_NAMES[0]}: the approved-channel register and the council's details. Fill in the lines marked FILL IN.`,
      `Wrote ${SAMPLE_DRAFT.split(sep).join('/')}: a clean sample post. Try: npx gbc-post-lint ${SAMPLE_DRAFT.split(sep).join('/')}`,
      '',
    ].join('\n'),
  );
  return 0;
}

/**
 * The schema as the YAML language server finds it from the folder: the
 * package installed in the project's node_modules; a copy outside the
 * project (npx, a global install) would put a machine's path in a shared
 * file, so the project-install path is written then.
 */
function schemaReference(cwd: string): string {
  const rel = relative(cwd, SCHEMA).split(sep).join('/');
  return rel.startsWith('node_modules/') ? `./${rel}` : './node_modules/gbc-post-lint/schema/gbc-post-lint.schema.json';
}

function configText(schema: string): string {
  return `# yaml-language-server: $schema=${schema}
#
# gbc-post-lint configuration: checks planned posts against Gosport Borough Council's
# social media policy. Drafts in this folder and below use it. Lines marked FILL IN hold
# placeholders: replace them with the council's own details before relying on the checks.
# Every key is described in the README's "Configuration" section.

# The rules and their severities: recommended (the default) or strict.
extends: recommended

# The approved-channel register (§2, §3, §11): the accounts the Head of IT has approved,
# each with its owner (§3), the platforms it publishes to, the date it was approved and the
# page where it publishes its statements (§16, §19, §20). A draft names its account with
# \`channel:\`. These are the council's accounts: FILL IN each owner, date and notice page
# from the IT Team's approved list, and remove any account that is not on it.
channels:
  x/GosportBC:
    owner: comms.team                               # FILL IN: the account's owner
    platforms: [x]
    # approved: 2019-04-01                          # FILL IN: the date of approval
    notice: https://www.gosport.gov.uk/social-media # FILL IN: the page with the statements
  facebook/GosportBoroughCouncil:
    owner: comms.team                               # FILL IN
    platforms: [facebook]
    notice: https://www.gosport.gov.uk/social-media # FILL IN
  instagram/gosportboroughcouncil:
    owner: comms.team                               # FILL IN
    platforms: [instagram]
    notice: https://www.gosport.gov.uk/social-media # FILL IN
  linkedin/gosport-borough-council:
    owner: comms.team                               # FILL IN
    platforms: [linkedin]
    notice: https://www.gosport.gov.uk/social-media # FILL IN

# Addresses and organisations posts may name without a finding.
allow:
  # The main website (§9) and other sites people may be sent to (§14).
  domains: [gosport.gov.uk]
  # The council's public contact details: not personal data.
  contacts: ["023 9258 4242", enquiries@gosport.gov.uk]   # FILL IN
  # Organisations the council works with: naming them needs no conflict-of-interest note.
  partners: [Hampshire County Council, Hampshire Constabulary] # FILL IN

# Councillors' names, for the political and pre-election checks. FILL IN, e.g.:
#   councillors: [Cllr A. Example, Cllr B. Example]
councillors: []

# Pre-election periods: publicity rules tighten between \`from\` and \`to\`. FILL IN, e.g.:
#   elections:
#     - { name: Borough elections 2026, from: 2026-03-27, to: 2026-05-07 }
elections: []

# Words the spelling check should accept on top of its British English dictionary and the
# borough's built-in place names: street names, projects, people.
dictionary: [Daedalus]                              # FILL IN

# Files in this folder that are not drafts (README, CHANGELOG and CI files are skipped anyway).
# ignores: ["templates/**"]

# A rule's severity (off, suggestion, warning, error), or its options:
# rules:
#   spelling: warning
`;
}

const SAMPLE = `---
channel: x/GosportBC
platforms: [x]
purpose: engagement
topic: waste
---
Garden waste collections restart on Monday 2 March. Renew your subscription and check your collection day at https://www.gosport.gov.uk/gardenwaste

#Gosport #Recycling
`;
