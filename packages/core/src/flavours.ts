// Which flavours a Huawei DMS engine can be created with, and in which zones: its products and zones answers, joined (findFlavours asks them).
import { InvalidResponseError, recordOf } from './errors.js';
import type { PagedOperation } from './paginate.js';

/** What the generated code of a Huawei service package tells the lookup: the paths of its products and zones operations and its engine. */
export interface FlavourOperations {
  /** Path template of the products operation (`/v2/{engine}/products`). */
  products: string;
  /** Path of the zones operation (`/v2/available-zones`). */
  zones: string;
  /** The `{engine}` of the products path. */
  engine: string;
  /** The products operation, where it answers a page at a time (RocketMQ): the lookup reads every page. */
  productPages?: PagedOperation;
}

/** A storage class a flavour sells, and where. */
export interface FlavourStorage {
  /** The create's `storage_spec_code`. */
  specCode: string;
  /** Ids of the zones that sell this storage now: what the create's `available_zones` takes. */
  zoneIds: string[];
}

/** Inclusive bounds, as the service states them. */
export interface Range {
  min: number;
  max: number;
}

/** One flavour, with the create fields it answers. */
export interface Flavour<Product> {
  /** The create's `product_id`. */
  productId: string;
  /** The create's `engine_version` values for this flavour: its own (`properties.engine_versions`, RocketMQ), else the engine's (`versions`). */
  engineVersions: string[];
  /** The create's `arch_type` values the flavour offers. */
  archTypes: string[];
  /** Storage classes that some zone sells now; a flavour no zone sells is left out. */
  storage: FlavourStorage[];
  /** The create's `broker_num` range, where the service states it (`properties.min_broker`, `max_broker`). */
  brokers?: Range;
  /** GB each broker may hold (`properties.min_storage_per_node`, `max_storage_per_node`): the create's `storage_space` is this times `broker_num`. */
  storagePerBroker?: Range;
  /** GB the instance may hold in all (`properties.min_storage`, `max_storage`, RocketMQ 5.x): the create's `storage_space`. */
  totalStorage?: Range;
  /** The product as the products operation answers it: the rest (billing, per-broker limits) is read there. */
  product: Product;
}

export interface FindFlavoursOptions {
  /** Only this flavour (the products operation's `product_id` filter). */
  productId?: string;
  signal?: AbortSignal;
}

/** The flavours of a products answer, their zones named by the ids of a zones answer. */
export function flavoursOf<Product>(products: unknown, zones: unknown, operations: Pick<FlavourOperations, 'products' | 'zones'>): Flavour<Product>[] {
  const zoneIds = new Map<string, string>();
  for (const zone of arrayOf(zones, 'available_zones', operations.zones)) {
    const { id, code, soldOut, resource_availability: availability } = recordOf(zone);
    if (typeof id === 'string' && typeof code === 'string' && soldOut !== true && availability !== 'false') zoneIds.set(code, id);
  }
  const engineVersions = strings(recordOf(products).versions);
  const flavours: Flavour<Product>[] = [];
  for (const item of arrayOf(products, 'products', operations.products)) {
    const product = recordOf(item);
    if (typeof product.product_id !== 'string') continue;
    const storage = arrayOf(product, 'ios', operations.products).flatMap((io): FlavourStorage[] => {
      const { io_spec: specCode, available_zones: codes } = recordOf(io);
      const ids = strings(codes).flatMap((code) => zoneIds.get(code) ?? []);
      return typeof specCode === 'string' && ids.length > 0 ? [{ specCode, zoneIds: ids }] : [];
    });
    if (storage.length === 0) continue;
    const properties = recordOf(product.properties);
    const own = typeof properties.engine_versions === 'string' ? properties.engine_versions.split(',').map((version) => version.trim()).filter((version) => version !== '') : [];
    flavours.push({
      productId: product.product_id,
      engineVersions: own.length > 0 ? own : engineVersions,
      archTypes: strings(product.arch_types),
      storage,
      ...rangeOf('brokers', properties.min_broker, properties.max_broker),
      ...rangeOf('storagePerBroker', properties.min_storage_per_node, properties.max_storage_per_node),
      ...rangeOf('totalStorage', properties.min_storage, properties.max_storage),
      product: item as Product,
    });
  }
  return flavours;
}

/** The fields of a create body a flavour decides, at their smallest. */
export interface FlavourCreateFields {
  product_id: string;
  /** The last version the flavour lists (the services list them oldest first). */
  engine_version?: string;
  storage_spec_code: string;
  /** One zone that sells the first storage class: a create takes one zone, or three and more. */
  available_zones: [string];
  broker_num?: number;
  /** The smallest the flavour allows: in all, or per broker times the fewest brokers. */
  storage_space?: number;
}

/**
 * The create fields `flavour` decides, at their smallest, to spread into a create body beside its
 * name, network and credentials; `accepted` keeps only the fields the create takes. The flavour's
 * ranges and storage classes say what else it allows.
 */
export function createFieldsOf(flavour: Flavour<unknown>, accepted?: readonly (keyof FlavourCreateFields)[]): Partial<FlavourCreateFields> {
  const [storage] = flavour.storage;
  const brokers = flavour.brokers?.min;
  const storageSpace = flavour.totalStorage?.min ?? (brokers !== undefined && flavour.storagePerBroker ? brokers * flavour.storagePerBroker.min : undefined);
  const fields: Partial<FlavourCreateFields> = {
    product_id: flavour.productId,
    ...(flavour.engineVersions.length > 0 && { engine_version: flavour.engineVersions[flavour.engineVersions.length - 1] }),
    storage_spec_code: storage.specCode,
    available_zones: [storage.zoneIds[0]],
    ...(brokers !== undefined && { broker_num: brokers }),
    ...(storageSpace !== undefined && { storage_space: storageSpace }),
  };
  return accepted ? Object.fromEntries(Object.entries(fields).filter(([name]) => accepted.includes(name as keyof FlavourCreateFields))) : fields;
}

/** The array at `key` of an answer; an answer whose member is not an array is broken. */
function arrayOf(value: unknown, key: string, operation: string): unknown[] {
  const member = recordOf(value)[key];
  if (member === undefined) return [];
  if (!Array.isArray(member)) throw new InvalidResponseError('shape', 200, `The answer of ${operation} has a ${key} that is not a list; it was not read.`);
  return member;
}

/** `{ [name]: { min, max } }` when both bounds are whole numbers (the service sends them as decimal strings), else nothing. */
function rangeOf<Name extends string>(name: Name, min: unknown, max: unknown): Partial<Record<Name, Range>> {
  const [low, high] = [min, max].map((bound) => (typeof bound === 'string' && /^\d+$/.test(bound) ? Number(bound) : Number.NaN));
  return Number.isSafeInteger(low) && Number.isSafeInteger(high) && low <= high ? ({ [name]: { min: low, max: high } } as Record<Name, Range>) : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
