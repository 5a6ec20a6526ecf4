// The vendors a description may name in `info.x-cloudmq-vendor`, and what the scripts and tests need of each; read with vendorOf.

/**
 * By vendor id: the prefix of the core's client factory and option types (`createHuaweiCloudClient`).
 * @type {Record<'huaweicloud' | 'alibabacloud', { clientPrefix: string }>}
 */
export const VENDORS = {
  huaweicloud: { clientPrefix: 'HuaweiCloud' },
  alibabacloud: { clientPrefix: 'AlibabaCloud' },
};

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
