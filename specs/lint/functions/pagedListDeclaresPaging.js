// Reports a list operation that pages (offset, pageNumber or nextToken) without x-cloudmq-paginated, or whose declaration names what it lacks.
const PAGING_PARAMETERS = ['offset', 'pageNumber', 'nextToken'];
const STYLES = ['offset', 'pageNumber', 'inputToken'];

export default function pagedListDeclaresPaging(operation, _options, { path }) {
  const query = (operation.parameters ?? []).filter((parameter) => parameter?.in === 'query').map((parameter) => parameter.name);
  const paginated = operation['x-cloudmq-paginated'];
  const report = (message) => [{ message, path: [...path, 'x-cloudmq-paginated'] }];
  if (!paginated) {
    const paging = query.filter((name) => PAGING_PARAMETERS.includes(name));
    return paging.length > 0 ? report(`${operation.operationId} pages with ${paging.join(', ')}: declare x-cloudmq-paginated so that its client gets a paginator.`) : [];
  }
  const styles = STYLES.filter((key) => key in paginated);
  if (styles.length !== 1) return report(`x-cloudmq-paginated names exactly one of ${STYLES.join(', ')}.`);
  for (const key of [...styles, 'pageSize']) {
    if (key in paginated && !query.includes(paginated[key])) return report(`x-cloudmq-paginated.${key} names ${paginated[key]}, which is not a query parameter of ${operation.operationId}.`);
  }
  const answer = operation.responses?.['200']?.content?.['application/json']?.schema;
  const pointers = { items: 'array', total: undefined, ...(styles[0] === 'inputToken' ? { outputToken: 'string' } : {}) };
  for (const [key, type] of Object.entries(pointers)) {
    if (key === 'total' && !(key in paginated)) continue;
    const found = typeof paginated[key] === 'string' && paginated[key].startsWith('/') ? schemaAt(answer, paginated[key].slice(1).split('/').map(unescapeToken)) : undefined;
    if (!found || (type && ![found.type].flat().includes(type))) return report(`x-cloudmq-paginated.${key} must point at ${type ? `a ${type}` : 'a property'} of the 200 answer (such as /data/list).`);
  }
  return [];
}

/** The property schema at `keys` below `schema`, looking through allOf and the oneOf/anyOf branches (`data` or null). */
function schemaAt(schema, keys) {
  if (keys.length === 0) return schema;
  const [key, ...rest] = keys;
  for (const part of [schema, ...['allOf', 'oneOf', 'anyOf'].flatMap((keyword) => schema?.[keyword] ?? [])]) {
    const found = part?.properties?.[key] && schemaAt(part.properties[key], rest);
    if (found) return found;
  }
  return undefined;
}

/** A JSON pointer token as a key (RFC 6901: ~1 is /, ~0 is ~). */
function unescapeToken(token) {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}
