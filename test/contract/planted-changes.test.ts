// The CI checks on a copy of the repository: the current tree passes them, and each kind of planted mistake makes its check fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepository, type RepositoryCopy } from '../support/repository-copy.ts';

const KAFKA_SCHEMA = 'specs/huaweicloud-kafka/schemas/create_post_paid_instance_request.yml';
const KAFKA_OPERATION = 'specs/huaweicloud-kafka/paths/instances_create.yml';
const KAFKA_TYPES = 'packages/huaweicloud-kafka/src/schema.d.ts';

/** The checks as a user's CI runs them, from the repository root. */
const CHECKS = {
  breaking: ['npm', 'run', 'check:breaking'],
  lint: ['npm', 'run', 'lint', '--', '--filter=@cloudmq/spec-huaweicloud-kafka'],
  generated: ['npm', 'run', 'check:generated'],
} as const;
type Check = keyof typeof CHECKS;

function runCheck(copy: RepositoryCopy, check: Check) {
  const [command, ...args] = CHECKS[check];
  return copy.run(command, ...args);
}

describe('the current tree', () => {
  let copy: RepositoryCopy;
  beforeAll(() => {
    copy = copyRepository();
  });
  afterAll(() => copy?.remove());

  it.each(Object.keys(CHECKS) as Check[])('passes %s', (check) => {
    const { status, output } = runCheck(copy, check);
    expect(status, output).toBe(0);
  });
});

const planted: [string, { file: string; change: (text: string) => string; check: Check; want: RegExp }][] = [
  [
    'a removed enum value (a breaking change)',
    {
      file: KAFKA_SCHEMA,
      change: (text) => text.replace(/(retention_policy:[\s\S]*?enum:\n\s+- produce_reject)\n\s+- time_base/, '$1'),
      check: 'breaking',
      want: /huaweicloud-kafka.*retention_policy\/enum/,
    },
  ],
  [
    'an example that breaks its schema',
    { file: KAFKA_OPERATION, change: (text) => text.replace('storage_space: 1200', 'storage_space: 12'), check: 'lint', want: /no-invalid-media-type-examples|media-example/ },
  ],
  [
    'a hand edit in a generated file',
    { file: KAFKA_TYPES, change: (text) => text.replace('storage_space: number;', 'storage_space: number | string;'), check: 'generated', want: /packages\/huaweicloud-kafka\/src\/schema\.d\.ts/ },
  ],
];

describe.each(planted)('planting %s', (_, { file, change, check, want }) => {
  let copy: RepositoryCopy;
  beforeAll(() => {
    copy = copyRepository();
    copy.edit(file, change);
    copy.commit(`plant ${check} failure`);
  });
  afterAll(() => copy?.remove());

  it(`fails ${check}, naming the change`, () => {
    const { status, output } = runCheck(copy, check);
    expect(status, output).not.toBe(0);
    expect(output).toMatch(want);
  });
});
