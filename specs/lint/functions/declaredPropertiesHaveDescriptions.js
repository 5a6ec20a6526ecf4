// Reports every property a schema declares (through properties, items, allOf/anyOf/oneOf) that has no description.
const COMPOSITIONS = ['allOf', 'anyOf', 'oneOf'];

export default function declaredPropertiesHaveDescriptions(schema, _options, context) {
  const results = [];
  const seen = new Set();
  const visit = (node, path) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      if (!property?.description) results.push({ message: `Property "${name}" has no description.`, path: [...path, 'properties', name] });
      visit(property, [...path, 'properties', name]);
    }
    if (node.items) visit(node.items, [...path, 'items']);
    for (const key of COMPOSITIONS) (node[key] ?? []).forEach((part, index) => visit(part, [...path, key, index]));
  };
  visit(schema, context.path);
  return results;
}
