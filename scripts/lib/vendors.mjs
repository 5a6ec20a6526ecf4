// The vendors a description may name in `info.x-cloudmq-vendor`, and what the generator needs of each; read with vendorOf.
import { pointerTokens, valueAt } from '@cloudmq/openapi-walk';

/**
 * What the generator needs of a vendor: the prefix of the core's client factory and option types
 * (`createHuaweiCloudClient`), and what the typed waiters and paginator read from the generated
 * schema types: the show operation, the instance and list-item types, and how the helpers' options
 * name an instance.
 * @typedef {object} GeneratorVendor
 * @property {string} clientPrefix
 * @property {string} [credentialPathParameter] the path parameter the client fills from its credentials, which calls and waiters may leave out
 * @property {string} credentialSources where the default credential chain looks, in order, for the packages' READMEs
 * @property {{ show: string, instance: string, listed: string, ref: (options: string) => string, createdId: string }} lifecycle
 *   `createdId`: where a create's answer gives the new instance's id (a JSON pointer into its `data`)
 * @property {{ products: string, zones: string, product: string }} [flavours] the operations the flavour lookup joins, and the type of one
 *   product; a description with both operations gets `findFlavours`
 * @property {{ show: string, task: string }} [tasks] the operation that shows a background task, and the type of one task; a
 *   description with it gets `waitForTask`
 */

/** @type {Record<'huaweicloud' | 'alibabacloud', GeneratorVendor>} */
export const VENDORS = {
  huaweicloud: {
    clientPrefix: 'HuaweiCloud',
    credentialPathParameter: 'project_id',
    credentialSources: "`HUAWEICLOUD_SDK_AK`, `HUAWEICLOUD_SDK_SK` and `HUAWEICLOUD_SDK_PROJECT_ID`; `~/.huaweicloud/credentials`; `~/.hcloud/config.json`; the ECS instance's metadata",
    lifecycle: {
      createdId: '/instance_id',
      show: 'showInstance',
      instance: "operations['showInstance']['responses'][200]['content']['application/json']",
      listed: "NonNullable<operations['listInstances']['responses'][200]['content']['application/json']['instances']>[number]",
      // A Huawei instance belongs to a project: the credentials' one unless the helpers name another.
      ref: (options) => `${options} & { projectId?: string }`,
    },
    tasks: {
      show: 'showBackgroundTask',
      task: "NonNullable<operations['showBackgroundTask']['responses'][200]['content']['application/json']['tasks']>[number]",
    },
    flavours: {
      products: 'listEngineProducts',
      zones: 'listAvailableZones',
      product: "NonNullable<operations['listEngineProducts']['responses'][200]['content']['application/json']['products']>[number]",
    },
  },
  alibabacloud: {
    clientPrefix: 'AlibabaCloud',
    credentialSources:
      '`ALIBABA_CLOUD_ACCESS_KEY_ID` and `ALIBABA_CLOUD_ACCESS_KEY_SECRET`; the OIDC role (RRSA); `~/.aliyun/config.json`; `~/.alibabacloud/credentials`; the ECS RAM role; `ALIBABA_CLOUD_CREDENTIALS_URI`',
    lifecycle: {
      createdId: '/data',
      show: 'getInstance',
      instance: "NonNullable<operations['getInstance']['responses'][200]['content']['application/json']['data']>",
      listed: "NonNullable<NonNullable<operations['listInstances']['responses'][200]['content']['application/json']['data']>['list']>[number]",
      ref: (options) => `Omit<${options}, 'projectId'>`,
    },
  },
};

/**
 * The id of the instance a create made, read from the create's answer (`data`) where the vendor gives it; createdIdExpression
 * writes the same read as code.
 * @param {keyof typeof VENDORS} vendor
 * @param {any} data
 * @returns {string}
 */
export function createdIdOf(vendor, data) {
  return valueAt(data, VENDORS[vendor].lifecycle.createdId);
}

/**
 * The TypeScript expression that reads the id of the instance a create made from its answer `data`, for generated and test code.
 * @param {keyof typeof VENDORS} vendor
 */
export function createdIdExpression(vendor) {
  return `data${pointerTokens(VENDORS[vendor].lifecycle.createdId)
    .map((key) => `.${key}`)
    .join('')}`;
}

/**
 * The vendor a bundled description names in `info.x-cloudmq-vendor` (checked by the lint rule cloudmq-info-vendor).
 * @param {any} document
 * @returns {keyof typeof VENDORS}
 */
export function vendorOf(document) {
  const vendor = document?.info?.['x-cloudmq-vendor'];
  if (!Object.hasOwn(VENDORS, vendor)) throw new Error(`${document?.info?.title ?? 'the description'}: info.x-cloudmq-vendor must be one of ${Object.keys(VENDORS).join(', ')}`);
  return vendor;
}
