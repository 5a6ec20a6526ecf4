// The shape of a vendor metadata snapshot (specs/vendor/<service id>.json), shared by the readers that write it and the check that reads it.

/**
 * One field or parameter, reduced to facts. `integer` is used where the vendor says so (Alibaba's
 * int32/int64/long); Huawei's SDK types every number `number`.
 * @typedef {object} VendorField
 * @property {'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'any'} type
 * @property {boolean} required
 * @property {boolean} deprecated
 * @property {(string | number | boolean)[]} [enum] the values the vendor lists, where it lists them
 * @property {VendorField} [items] an array's items
 * @property {Record<string, VendorField>} [properties] an object's fields, by their JSON name
 * @property {string} [model] the vendor's model name where the reader stopped recursing (a cycle)
 */

/**
 * @typedef {VendorField & { in: 'path' | 'query' | 'header', name: string }} VendorParameter
 */

/**
 * One operation of the vendor's API.
 * @typedef {object} VendorOperation
 * @property {string} name the SDK method (Huawei `createInstanceByEngine`) or the action (Alibaba `CreateInstance`)
 * @property {string} method upper case
 * @property {string} path the path template, parameters in braces
 * @property {boolean} deprecated
 * @property {VendorParameter[]} parameters path, query and header parameters, in the vendor's order
 * @property {VendorField | null} requestBody
 * @property {VendorField | null} responseBody the body of the success answer
 */

/**
 * @typedef {object} VendorSnapshot
 * @property {string} service the service id (specs/<id>/)
 * @property {{ repository: string, commit: string | undefined, date: string | undefined, files: string[], version: string | undefined }} source
 * @property {VendorOperation[]} operations sorted by path, then method
 */

/**
 * Orders a snapshot for a reviewable diff: operations by path then method, object fields by name.
 * @param {VendorSnapshot} snapshot
 * @returns {VendorSnapshot}
 */
export function normalizedSnapshot(snapshot) {
  const sortField = (field) => {
    if (!field) return field;
    const sorted = { ...field };
    if (field.items) sorted.items = sortField(field.items);
    if (field.properties)
      sorted.properties = Object.fromEntries(
        Object.keys(field.properties)
          .sort()
          .map((name) => [name, sortField(field.properties[name])]),
      );
    return sorted;
  };
  const operations = snapshot.operations
    .map((operation) => ({ ...operation, parameters: operation.parameters.map(sortField), requestBody: sortField(operation.requestBody), responseBody: sortField(operation.responseBody) }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  return { ...snapshot, operations };
}
