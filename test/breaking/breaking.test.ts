// Breaking-change detection: each fixture pair flags the changes our policy names, the allowlist passes reviewed ones, and the current descriptions have none unreviewed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { applyAllowlist, breakingChanges, checkBreakingChanges, classifiedChanges, readAllowlist, serviceFiles, type AllowlistEntry, type Change } from '../../scripts/lib/breaking-changes.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The before and after documents of a fixture pair (test/breaking/fixtures/<name>.{before,after}.yaml). */
function fixturePair(name: string): [object, object] {
  const read = (side: string) => YAML.parse(readFileSync(new URL(`fixtures/${name}.${side}.yaml`, import.meta.url), 'utf8'));
  return [read('before'), read('after')];
}

const operation = '/paths/~1v2~1{project_id}~1instances/post';
const requestBody = `${operation}/requestBody/content/application~1json/schema`;
const responseBody = `${operation}/responses/200/content/application~1json/schema`;

// [feature, { given: fixture pair, want: the changes that need review }]
const features: [string, { given: string; want: Pick<Change, 'type' | 'action' | 'pointer'>[] }][] = [
  [
    'a new required request field, with or without a default',
    {
      given: 'new-required-field',
      want: [
        { type: 'breaking', action: 'add', pointer: `${requestBody}/required/3` },
        { type: 'breaking', action: 'add', pointer: `${requestBody}/required/4` },
      ],
    },
  ],
  ['a removed enum value', { given: 'removed-enum-value', want: [{ type: 'breaking', action: 'remove', pointer: `${requestBody}/properties/engine_version/enum/0` }] }],
  [
    'a narrowed type ([integer, string] to integer, [string, null] to string)',
    {
      given: 'narrowed-type',
      want: [
        { type: 'breaking', action: 'replace', pointer: `${requestBody}/properties/storage_space/type` },
        { type: 'breaking', action: 'replace', pointer: `${requestBody}/properties/description/type` },
      ],
    },
  ],
  ['a removed optional response field', { given: 'removed-response-field', want: [{ type: 'breaking', action: 'remove', pointer: `${responseBody}/properties/job_id` }] }],
  ['an added optional request field', { given: 'added-optional-field', want: [] }],
  ['a changed and an added response example', { given: 'changed-examples', want: [] }],
  [
    'a new conditional requirement (then.required grows, a new if/then)',
    {
      given: 'new-conditional-requirement',
      want: [
        { type: 'unclassified', action: 'add', pointer: `${requestBody}/allOf/0/then/required/1` },
        { type: 'breaking', action: 'add', pointer: `${requestBody}/allOf/1` },
      ],
    },
  ],
  ['a region removed from the servers', { given: 'removed-region', want: [{ type: 'breaking', action: 'remove', pointer: '/servers/0/variables/region/enum/1' }] }],
  ['a renamed operationId', { given: 'renamed-operation', want: [{ type: 'breaking', action: 'replace', pointer: `${operation}/operationId` }] }],
  [
    'an enum on a field that took any value',
    {
      given: 'enum-on-free-field',
      want: [
        { type: 'breaking', action: 'add', pointer: `${requestBody}/properties/storage_spec_code/enum/0` },
        { type: 'breaking', action: 'add', pointer: `${requestBody}/properties/storage_spec_code/enum/1` },
      ],
    },
  ],
  ['a deprecated operation', { given: 'deprecated-operation', want: [] }],
];

describe('breakingChanges', () => {
  it.each(features)('flags %s', (_, { given, want }) => {
    const flagged = breakingChanges(...fixturePair(given)).map(({ type, action, pointer }) => ({ type, action, pointer }));
    expect(flagged).toEqual(want);
  });

  it.each(serviceFiles(root).map(({ service, bundle }) => [service, bundle]))('finds no change between the %s bundle and itself', (_, bundle) => {
    const document = JSON.parse(readFileSync(bundle, 'utf8'));
    expect(classifiedChanges(document, structuredClone(document))).toEqual([]);
  });
});

describe('allowlist', () => {
  const removedVersion: AllowlistEntry = {
    service: 'huaweicloud-rocketmq',
    action: 'remove',
    pointer: `${requestBody}/properties/engine_version/enum/0`,
    reason: 'The vendor stopped selling 4.8.0 instances; the service refuses them already.',
  };
  const changes = breakingChanges(...fixturePair('removed-enum-value')).map((change) => ({ service: 'huaweicloud-rocketmq', ...change }));

  it('passes a change it lists', () => {
    expect(applyAllowlist(changes, readAllowlist(YAML.stringify({ changes: [removedVersion] })).entries)).toEqual({ unreviewed: [], stale: [] });
  });

  it('reports an entry that matches no current change', () => {
    expect(applyAllowlist([], [removedVersion])).toEqual({ unreviewed: [], stale: [removedVersion] });
  });

  // [what is wrong, { given: the file, want: the problems (entry index, broken rule, message) }]
  const malformed: [string, { given: object; want: object[] }][] = [
    [
      'a reason too short to review',
      { given: { changes: [removedVersion, { ...removedVersion, reason: 'needed' }] }, want: [{ entry: 1, rule: 'minLength', message: 'reason must NOT have fewer than 20 characters' }] },
    ],
    ['a missing pointer', { given: { changes: [{ ...removedVersion, pointer: undefined }] }, want: [{ entry: 0, rule: 'required', message: 'pointer is missing' }] }],
    ['an unknown action', { given: { changes: [{ ...removedVersion, action: 'change' }] }, want: [{ entry: 0, rule: 'enum', message: 'action must be one of add, remove, replace, rename' }] }],
    [
      'a pointer that is not a JSON pointer',
      { given: { changes: [{ ...removedVersion, pointer: 'paths/x' }] }, want: [{ entry: 0, rule: 'pattern', message: 'pointer must match pattern "^(/|$)"' }] },
    ],
    ['a list without `changes:`', { given: [removedVersion], want: [{ entry: undefined, rule: 'type', message: 'the file must be object' }] }],
  ];

  it.each(malformed)('rejects %s, naming the entry and the rule', (_, { given, want }) => {
    expect(readAllowlist(YAML.stringify(given)).problems).toEqual(want);
  });

  it('leaves a malformed entry out and keeps the others', () => {
    expect(readAllowlist(YAML.stringify({ changes: [removedVersion, { ...removedVersion, reason: 'needed' }] })).entries).toEqual([removedVersion]);
  });
});

describe('the current descriptions', () => {
  it('have no unreviewed breaking change against the committed baselines', () => {
    const { unreviewed, stale, problems } = checkBreakingChanges(root);
    expect({ unreviewed, stale, problems }).toEqual({ unreviewed: [], stale: [], problems: [] });
  });
});
