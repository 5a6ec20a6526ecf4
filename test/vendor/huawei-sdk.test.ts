// The Huawei Cloud SDK reader: a miniature SDK service (fixtures/huawei-sdk/services/demo/v2) read into a vendor snapshot's operations, parameters and fields.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { huaweiSnapshot } from '../../scripts/lib/vendor/huawei-sdk.mjs';
import type { VendorField, VendorOperation, VendorParameter } from '../../scripts/lib/vendor/snapshot-format.mjs';
import { folderTree } from '../../scripts/lib/vendor/source-tree.mjs';

const snapshot = huaweiSnapshot(folderTree(fileURLToPath(new URL('fixtures/huawei-sdk', import.meta.url))), 'huaweicloud-demo', 'services/demo/v2');

function operation(name: string): VendorOperation {
  const found = snapshot.operations.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`the snapshot has no operation ${name}`);
  return found;
}

/** A parameter (`query:engine`) or a field of the request or response body (`body.tags[].key`, `response.instances[]`). */
function fieldAt(name: string, place: string): VendorField | null | undefined {
  const { parameters, requestBody, responseBody } = operation(name);
  const parameter = /^(path|query|header):(.+)$/.exec(place);
  if (parameter) return parameters.find((candidate) => candidate.in === parameter[1] && candidate.name === parameter[2]);
  const [root, ...steps] = place.split('.');
  let field: VendorField | null | undefined = root === 'body' ? requestBody : responseBody;
  for (const step of steps) {
    field = field?.properties?.[step.replace(/\[\]$/, '')];
    if (step.endsWith('[]')) field = field?.items;
  }
  return field;
}

/** A field with `required` and `deprecated` false, as most are. */
const plain = (type: VendorField['type'], more: Partial<VendorField> = {}): VendorField => ({ type, required: false, deprecated: false, ...more });

describe('huaweiSnapshot', () => {
  it('records the folder read and the SDK release of the VERSION file', () => {
    expect(snapshot.source).toEqual({ repository: 'huaweicloud/huaweicloud-sdk-nodejs-v3', commit: undefined, date: undefined, files: ['services/demo/v2'], version: '3.1.200' });
  });

  it('reads every client method with a builder, its route from the builder and @deprecated from the method', () => {
    expect(snapshot.operations.map(({ name, method, path, deprecated }) => ({ name, method, path, deprecated }))).toEqual([
      { name: 'createInstance', method: 'POST', path: '/v2/{engine}/{project_id}/instances', deprecated: false },
      { name: 'deleteInstance', method: 'DELETE', path: '/v2/{project_id}/instances/{instance_id}', deprecated: true },
      { name: 'listInstances', method: 'GET', path: '/v2/{project_id}/instances', deprecated: false },
    ]);
  });

  it('lists the path parameters in the template order, then the query and header parameters in the builder order', () => {
    expect(operation('listInstances').parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:project_id', 'query:engine', 'query:offset', 'header:X-Language']);
  });

  it('reads the body member of the request class as the body, required by its RequiredError, fields by their JSON names', () => {
    const body = operation('createInstance').requestBody;
    expect({ required: body?.required, fields: Object.keys(body?.properties ?? {}) }).toEqual({
      required: true,
      fields: ['name', 'engine', 'engine_version', 'broker_num', 'sasl_enabled_mechanisms', 'port_protocol', 'tags', 'publicip_id', 'extend_params'],
    });
    expect(operation('listInstances').requestBody).toBeNull();
  });

  // [feature, { given: an operation and a place in it, want: the parameter or field read }]
  const features: [string, { given: [string, string]; want: VendorField | VendorParameter }][] = [
    ['a path parameter typed by an enum', { given: ['createInstance', 'path:engine'], want: { name: 'engine', in: 'path', ...plain('string', { required: true, enum: ['demo'] }) } }],
    ['a path parameter the client fills in (project_id)', { given: ['createInstance', 'path:project_id'], want: { name: 'project_id', in: 'path', ...plain('string', { required: true }) } }],
    [
      'a query parameter the builder throws RequiredError for',
      { given: ['listInstances', 'query:engine'], want: { name: 'engine', in: 'query', ...plain('string', { required: true, enum: ['demo'] }) } },
    ],
    ['an optional query parameter', { given: ['listInstances', 'query:offset'], want: { name: 'offset', in: 'query', ...plain('number') } }],
    ['a header parameter, by its name on the wire', { given: ['listInstances', 'header:X-Language'], want: { name: 'X-Language', in: 'header', ...plain('string') } }],
    ['a public member the constructor takes', { given: ['createInstance', 'body.name'], want: plain('string', { required: true }) }],
    ['a private snake_case member the constructor takes', { given: ['createInstance', 'body.engine_version'], want: plain('string', { required: true }) }],
    ['a member typed `XEnum | string`', { given: ['createInstance', 'body.engine'], want: plain('string', { required: true, enum: ['demo'] }) }],
    ['a member typed by a numeric enum', { given: ['createInstance', 'body.broker_num'], want: plain('number', { enum: [1, 3] }) }],
    [
      'an array typed `Array<XEnum> | Array<string>`, a value without its site markup (`[v](tag:hws)`)',
      { given: ['createInstance', 'body.sasl_enabled_mechanisms'], want: plain('array', { items: plain('string', { enum: ['PLAIN', 'SCRAM-SHA-512'] }) }) },
    ],
    ['a field of a nested model', { given: ['createInstance', 'body.port_protocol.private_plain_enable'], want: plain('boolean') }],
    ['a field of an array of models', { given: ['createInstance', 'body.tags[].key'], want: plain('string') }],
    ['a member with a @deprecated tag', { given: ['createInstance', 'body.publicip_id'], want: plain('string', { deprecated: true }) }],
    ['a map (`{ [key: string]: string; }`)', { given: ['createInstance', 'body.extend_params'], want: plain('object') }],
    ['a model that contains itself, cut at the repeat', { given: ['listInstances', 'response.instances[].topology.children[]'], want: plain('object', { model: 'TopologyNode' }) }],
    ['a response member', { given: ['listInstances', 'response.instance_num'], want: plain('number') }],
    ['the whole answer, when `body` is the only member besides response headers', { given: ['deleteInstance', 'response'], want: plain('string') }],
  ];

  it.each(features)('reads %s', (_, { given: [name, place], want }) => {
    expect(fieldAt(name, place)).toEqual(want);
  });
});
