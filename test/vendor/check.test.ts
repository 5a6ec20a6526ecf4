// The vendor check: planted faults in the vendors' metadata or in a description each fail it, naming operation and field; the current tree has no unreviewed difference.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkVendor, compareService, readAllowlist, reviewDifferences, snapshotFile } from '../../scripts/lib/vendor/compare.mjs';
import { coverageTable } from '../../scripts/lib/vendor/coverage.mjs';
import { bundledSpec, SERVICE_IDS, type ServiceId } from '../support/spec.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
type Json = any;

const snapshotOf = (service: ServiceId): Json => JSON.parse(readFileSync(snapshotFile(root, service), 'utf8'));
const vendorOperation = (snapshot: Json, method: string, path: string): Json => snapshot.operations.find((o: Json) => o.method === method && o.path === path);
const schemaAt = (document: Json, name: string): Json => document.components.schemas[name];

/** The unreviewed differences of a service after `plant` changed a copy of its description or of its snapshot. */
function unreviewedAfter(service: ServiceId, plant: (given: { document: Json; snapshot: Json }) => void) {
  const given = { document: structuredClone(bundledSpec(service)), snapshot: structuredClone(snapshotOf(service)) };
  plant(given);
  return reviewDifferences(compareService(service, given.document, given.snapshot).differences, readAllowlist(root)).unreviewed;
}

// [planted fault, { service, plant: the change, want: the difference the check must report }]
const plantedFaults: [string, { service: ServiceId; plant: (given: { document: Json; snapshot: Json }) => void; want: { operation: string; field: string; kind: string } }][] = [
  [
    'the vendor renamed the path of a Huawei operation',
    {
      service: 'huaweicloud-kafka',
      plant: ({ snapshot }) => {
        vendorOperation(snapshot, 'GET', '/v2/{project_id}/instances/{instance_id}').path = '/v2/{project_id}/kafka/instances/{instance_id}';
      },
      want: { operation: 'showInstance', field: '', kind: 'operation-missing' },
    },
  ],
  [
    'the vendor renamed the path of an Alibaba action',
    {
      service: 'alibabacloud-rocketmq',
      plant: ({ snapshot }) => {
        vendorOperation(snapshot, 'GET', '/instances/{instanceId}').path = '/instance/{instanceId}';
      },
      want: { operation: 'getInstance', field: '', kind: 'route-mismatch' },
    },
  ],
  [
    'the vendor removed a body field we describe',
    {
      service: 'alibabacloud-rocketmq',
      plant: ({ snapshot }) => {
        delete vendorOperation(snapshot, 'POST', '/instances').requestBody.properties.networkInfo.properties.vpcInfo.properties.vpcId;
      },
      want: { operation: 'createInstance', field: 'networkInfo.vpcInfo.vpcId', kind: 'not-in-vendor' },
    },
  ],
  [
    'the vendor made a required field optional',
    {
      service: 'huaweicloud-rabbitmq',
      plant: ({ snapshot }) => {
        vendorOperation(snapshot, 'POST', '/v2/{engine}/{project_id}/instances').requestBody.properties.name.required = false;
      },
      want: { operation: 'createPostPaidInstanceByEngine', field: 'name', kind: 'required-mismatch' },
    },
  ],
  [
    'the description added an enum value the vendor does not list',
    {
      service: 'huaweicloud-kafka',
      plant: ({ document }) => void schemaAt(document, 'CreateInstanceByEngineRequest').properties.engine.enum.push('rocketmq'),
      want: { operation: 'createInstanceByEngine', field: 'engine', kind: 'enum-not-in-vendor' },
    },
  ],
  [
    'the vendor marked an operation deprecated',
    {
      service: 'huaweicloud-rocketmq',
      plant: ({ snapshot }) => {
        vendorOperation(snapshot, 'GET', '/v2/{project_id}/instances').deprecated = true;
      },
      want: { operation: 'listInstances', field: '', kind: 'deprecated-mismatch' },
    },
  ],
  [
    'the vendor added a request field',
    {
      service: 'alibabacloud-rocketmq',
      plant: ({ snapshot }) => {
        vendorOperation(snapshot, 'POST', '/instances').requestBody.properties.newField = { type: 'string', required: false, deprecated: false };
      },
      want: { operation: 'createInstance', field: 'newField', kind: 'left-out' },
    },
  ],
  [
    'the vendor moved a query parameter into the path',
    {
      service: 'huaweicloud-kafka',
      plant: ({ snapshot }) => {
        const list = vendorOperation(snapshot, 'GET', '/v2/{project_id}/instances');
        list.parameters.find((p: Json) => p.name === 'engine').in = 'path';
      },
      want: { operation: 'listInstances', field: 'query:engine', kind: 'location-mismatch' },
    },
  ],
  [
    'the vendor retyped a field',
    {
      service: 'alibabacloud-rocketmq',
      plant: ({ snapshot }) => {
        vendorOperation(snapshot, 'POST', '/instances').requestBody.properties.autoRenew.type = 'string';
      },
      want: { operation: 'createInstance', field: 'autoRenew', kind: 'type-mismatch' },
    },
  ],
];

describe('a planted fault fails the check and names operation and field', () => {
  it.each(plantedFaults)('%s', (_, { service, plant, want }) => {
    expect(unreviewedAfter(service, () => undefined)).toEqual([]);
    expect(unreviewedAfter(service, plant)).toContainEqual(expect.objectContaining({ service, ...want }));
  });
});

describe('the allowlist', () => {
  const difference = { service: 'huaweicloud-kafka', operation: 'showInstance', field: 'response:x', kind: 'left-out', detail: '' };
  const entry = { service: 'huaweicloud-kafka', operation: 'showInstance', field: 'response:x', kind: 'left-out', reason: 'The answer field is internal to the console.', source: 'a test' };
  it.each<[string, { given: { differences: Json[]; entries: Json[] }; want: { unreviewed: number; stale: number; problems: number } }]>([
    ['passes a difference it names', { given: { differences: [difference], entries: [entry] }, want: { unreviewed: 0, stale: 0, problems: 0 } }],
    ['reports a difference it does not name', { given: { differences: [difference], entries: [] }, want: { unreviewed: 1, stale: 0, problems: 0 } }],
    ['reports an entry that matches no difference', { given: { differences: [], entries: [entry] }, want: { unreviewed: 0, stale: 1, problems: 0 } }],
    ['refuses an entry without a reason worth the name', { given: { differences: [difference], entries: [{ ...entry, reason: 'because' }] }, want: { unreviewed: 0, stale: 0, problems: 1 } }],
    ['refuses an entry without a source', { given: { differences: [difference], entries: [{ ...entry, source: undefined }] }, want: { unreviewed: 0, stale: 0, problems: 1 } }],
    ['refuses an unknown kind', { given: { differences: [], entries: [{ ...entry, kind: 'odd' }] }, want: { unreviewed: 0, stale: 1, problems: 1 } }],
  ])('%s', (_, { given, want }) => {
    const { unreviewed, stale, problems } = reviewDifferences(given.differences, given.entries);
    expect({ unreviewed: unreviewed.length, stale: stale.length, problems: problems.length }).toEqual(want);
  });
});

describe('the current tree', () => {
  const { results, unreviewed, stale, problems } = checkVendor(root, SERVICE_IDS);

  it("has no unreviewed difference from the vendors' metadata, and no stale or malformed allowlist entry", () => {
    expect(unreviewed).toEqual([]);
    expect(stale).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('compares every service, RabbitMQ included, and every described operation has a vendor entry or a reviewed reason', () => {
    expect(results.map((result) => result.service)).toEqual([...SERVICE_IDS]);
    for (const result of results) expect(result.vendorOperations, result.service).toBeGreaterThan(result.described);
  });

  it('shows its coverage table in CONTRIBUTING.md', () => {
    const contributing = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');
    expect(contributing).toContain(coverageTable(results));
  });
});
