// flavoursOf: the products and zones answers of a Huawei DMS engine joined into what a create takes, hostile answers included.
import { describe, expect, it } from 'vitest';
import { createFieldsOf, type Flavour, flavoursOf } from '../../packages/core/src/flavours.ts';
import { InvalidResponseError } from '../../packages/core/src/errors.ts';

const OPERATIONS = { products: '/v2/{engine}/products', zones: '/v2/available-zones' };
const ZONES = {
  region_id: 'cn-north-4',
  available_zones: [
    { id: 'id-a', code: 'cn-north-4a', name: 'AZ1', soldOut: false, resource_availability: 'true' },
    { id: 'id-b', code: 'cn-north-4b', name: 'AZ2', soldOut: false, resource_availability: 'true' },
    { id: 'id-c', code: 'cn-north-4c', name: 'AZ3', soldOut: true, resource_availability: 'true' },
    { id: 'id-d', code: 'cn-north-4d', name: 'AZ4', soldOut: false, resource_availability: 'false' },
  ],
};
const product = (fields: Record<string, unknown>) => ({ product_id: 'c6.2u4g.cluster', arch_types: ['X86'], properties: { min_broker: '3', max_broker: '30' }, ...fields });
const io = (io_spec: string, available_zones: string[]) => ({ io_spec, type: 'evs', available_zones, unavailable_zones: [] });

// In `want`, a member set to undefined must be absent from the flavour (a bound the service does not state).
const cases: [string, { given: { products: unknown; zones?: unknown }; want: Record<string, unknown>[] }][] = [
  [
    'zone codes become the ids a create takes',
    {
      given: { products: { versions: ['2.7', '3.x'], products: [product({ ios: [io('dms.physical.storage.ultra.v2', ['cn-north-4a', 'cn-north-4b'])] })] } },
      want: [
        {
          productId: 'c6.2u4g.cluster',
          engineVersions: ['2.7', '3.x'],
          archTypes: ['X86'],
          storage: [{ specCode: 'dms.physical.storage.ultra.v2', zoneIds: ['id-a', 'id-b'] }],
          brokers: { min: 3, max: 30 },
        },
      ],
    },
  ],
  [
    "a flavour's own engine versions win over the engine's",
    {
      given: {
        products: {
          versions: ['4.8.0', '5.x'],
          products: [
            product({ properties: { engine_versions: '5.x' }, ios: [io('high', ['cn-north-4a'])] }),
            product({ product_id: 'p2', properties: { engine_versions: '4.8.0, 5.x' }, ios: [io('high', ['cn-north-4a'])] }),
          ],
        },
      },
      want: [{ engineVersions: ['5.x'] }, { engineVersions: ['4.8.0', '5.x'] }],
    },
  ],
  [
    'sold-out, unavailable and unknown zones are left out',
    {
      given: { products: { products: [product({ ios: [io('high', ['cn-north-4a', 'cn-north-4c', 'cn-north-4d', 'cn-north-4z'])] })] } },
      want: [{ productId: 'c6.2u4g.cluster', engineVersions: [], storage: [{ specCode: 'high', zoneIds: ['id-a'] }] }],
    },
  ],
  [
    'a storage class no zone sells, and a flavour with none left, are left out',
    {
      given: {
        products: { products: [product({ ios: [io('high', ['cn-north-4c'])] }), product({ product_id: 'c6.4u8g.cluster', ios: [io('high', ['cn-north-4c']), io('ultra', ['cn-north-4b'])] })] },
      },
      want: [{ productId: 'c6.4u8g.cluster', storage: [{ specCode: 'ultra', zoneIds: ['id-b'] }] }],
    },
  ],
  [
    'no broker range where the service states none or a non-number',
    {
      given: {
        products: {
          products: [
            product({ properties: {}, ios: [io('high', ['cn-north-4a'])] }),
            product({ product_id: 'p2', properties: { min_broker: 'x', max_broker: '3' }, ios: [io('high', ['cn-north-4a'])] }),
            product({ product_id: 'p3', properties: { min_broker: '', max_broker: '3' }, ios: [io('high', ['cn-north-4a'])] }),
            product({ product_id: 'p4', properties: { min_broker: '5', max_broker: '3' }, ios: [io('high', ['cn-north-4a'])] }),
            product({ product_id: 'p5', properties: { min_broker: 3, max_broker: 5 }, ios: [io('high', ['cn-north-4a'])] }),
          ],
        },
      },
      want: Array.from({ length: 5 }, () => ({ brokers: undefined })),
    },
  ],
  [
    'storage ranges per broker and in all, as the service states them',
    {
      given: {
        products: {
          products: [
            product({ properties: { min_storage_per_node: '100', max_storage_per_node: '30000' }, ios: [io('high', ['cn-north-4a'])] }),
            product({ product_id: 'p2', properties: { min_storage: '200', max_storage: '60000' }, ios: [io('high', ['cn-north-4a'])] }),
          ],
        },
      },
      want: [
        { storagePerBroker: { min: 100, max: 30000 }, totalStorage: undefined },
        { storagePerBroker: undefined, totalStorage: { min: 200, max: 60000 } },
      ],
    },
  ],
  [
    'items without a product_id, and non-string codes, are skipped',
    {
      given: { products: { products: [{ ios: [io('high', ['cn-north-4a'])] }, null, product({ ios: [{ io_spec: 'high', available_zones: [7, 'cn-north-4a'] }] })] } },
      want: [{ productId: 'c6.2u4g.cluster', storage: [{ specCode: 'high', zoneIds: ['id-a'] }] }],
    },
  ],
  ['an empty answer has no flavours', { given: { products: {}, zones: {} }, want: [] }],
  ['a null answer has no flavours', { given: { products: null, zones: null }, want: [] }],
];

describe('flavoursOf', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    const flavours = flavoursOf(given.products, given.zones ?? ZONES, OPERATIONS);
    expect(flavours).toHaveLength(want.length);
    expect(flavours).toMatchObject(want.map((wanted) => Object.fromEntries(Object.entries(wanted).filter(([, value]) => value !== undefined))));
    for (const [index, wanted] of want.entries()) {
      for (const [key, value] of Object.entries(wanted)) if (value === undefined) expect(flavours[index]).not.toHaveProperty(key);
    }
  });

  it('keeps the product as answered, for the fields it does not read', () => {
    const answered = product({ billing_code: 'dms.platinum.c6', ios: [io('high', ['cn-north-4a'])] });
    expect(flavoursOf({ products: [answered] }, ZONES, OPERATIONS)[0].product).toBe(answered);
  });

  it.each([
    ['products that are not a list', { products: { products: 'c6' }, zones: ZONES }, '/v2/{engine}/products'],
    ['zones that are not a list', { products: { products: [] }, zones: { available_zones: {} } }, '/v2/available-zones'],
    ['ios that are not a list', { products: { products: [product({ ios: 'high' })] }, zones: ZONES }, '/v2/{engine}/products'],
  ])('refuses %s with an InvalidResponseError naming the operation', (_name, { products, zones }, operation) => {
    const read = () => flavoursOf(products, zones, OPERATIONS);
    expect(read).toThrow(InvalidResponseError);
    expect(read).toThrow(operation);
    expect(read).toThrow(expect.objectContaining({ reason: 'shape' }));
  });
});

describe('createFieldsOf', () => {
  const flavour = (fields: Partial<Flavour<unknown>>): Flavour<unknown> => ({
    productId: 'c6.2u4g.cluster',
    engineVersions: ['2.7', '3.x'],
    archTypes: ['X86'],
    storage: [
      { specCode: 'ultra', zoneIds: ['id-a', 'id-b'] },
      { specCode: 'high', zoneIds: ['id-c'] },
    ],
    product: {},
    ...fields,
  });
  it.each<[string, { given: Flavour<unknown>; want: object }]>([
    [
      'brokers and storage per broker: the fewest brokers, each at its least',
      {
        given: flavour({ brokers: { min: 3, max: 30 }, storagePerBroker: { min: 100, max: 10000 } }),
        want: { product_id: 'c6.2u4g.cluster', engine_version: '3.x', storage_spec_code: 'ultra', available_zones: ['id-a'], broker_num: 3, storage_space: 300 },
      },
    ],
    [
      'storage in all wins over per broker',
      { given: flavour({ brokers: { min: 1, max: 1 }, storagePerBroker: { min: 100, max: 200 }, totalStorage: { min: 600, max: 900 } }), want: { broker_num: 1, storage_space: 600 } },
    ],
    ['no stated ranges: no broker_num, no storage_space', { given: flavour({ engineVersions: [] }), want: { product_id: 'c6.2u4g.cluster', storage_spec_code: 'ultra', available_zones: ['id-a'] } }],
    [
      'storage per broker without brokers: no storage_space',
      { given: flavour({ storagePerBroker: { min: 100, max: 200 } }), want: { product_id: 'c6.2u4g.cluster', engine_version: '3.x', storage_spec_code: 'ultra', available_zones: ['id-a'] } },
    ],
  ])('%s', (_name, { given, want }) => {
    const fields = createFieldsOf(given);
    if ('product_id' in want) expect(fields).toEqual(want);
    else expect(fields).toMatchObject(want);
  });
});
