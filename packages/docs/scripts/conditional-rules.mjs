// Moves the `if`/`then`/`else` rules of the rendered copy into a list under each request body, because Redoc 3 draws them wrongly.
import YAML from 'yaml';
import { NAME_MAPS, resolveRef } from '@cloudmq/openapi-walk';

const CONDITIONAL_KEYWORDS = ['if', 'then', 'else'];

/**
 * Redoc 3 renders a conditional as two unlabelled tabs ("case 1", "case 2") and opens the first,
 * with the condition's constraints merged into the fields (Kafka's `specification` then reads
 * "Value: "1200MB""); and where an `allOf` holds several conditionals it draws only the last. So in
 * the copy that is rendered, every field shows its own constraints only, and each request body's
 * description lists all of its conditional rules in words. Mutates `description`.
 */
export function listConditionalRules(description, operations) {
  for (const { operation } of operations) {
    const body = operation.requestBody;
    const schema = body?.content?.['application/json']?.schema;
    if (schema === undefined) continue;
    const rules = [];
    collectRules(description, schema, '', rules, new Set());
    if (rules.length > 0) body.description = [body.description, renderRules(rules)].filter(Boolean).join('\n\n');
  }
  stripConditionals(description);
}

function collectRules(description, schema, path, rules, ancestors) {
  const resolved = resolveRef(description, schema);
  if (resolved === null || typeof resolved !== 'object' || ancestors.has(resolved)) return;
  const inner = new Set([...ancestors, resolved]);
  // biome-ignore lint/suspicious/noThenProperty: a JSON Schema if/then/else rule, not a thenable.
  if (resolved.if !== undefined) rules.push({ path, if: resolved.if, then: resolved.then, else: resolved.else });
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) for (const branch of resolved[keyword] ?? []) collectRules(description, branch, path, rules, inner);
  for (const [name, property] of Object.entries(resolved.properties ?? {})) collectRules(description, property, join(path, name), rules, inner);
  if (resolved.items !== undefined) collectRules(description, resolved.items, `${path}[]`, rules, inner);
}

function renderRules(rules) {
  const lines = rules.map((rule) => {
    const condition = describeCondition(rule.if, rule.path);
    // Semicolons between rules: a value list inside one already has commas.
    const consequences = facts(rule.then ?? true, rule.path).join('; ');
    const alternatives = rule.else === undefined ? '' : facts(rule.else, rule.path).join('; ');
    if (consequences === '') return `- Unless ${condition}: ${alternatives}.`;
    return `- If ${condition}: ${consequences}.${alternatives === '' ? '' : ` Otherwise: ${alternatives}.`}`;
  });
  return ['**Rules between fields** (JSON Schema `if`/`then`; the client checks them before sending):', '', ...lines].join('\n');
}

/** `` `specification` = "1200MB" ``, `` `storage_space` ≥ 600 ``, `` `access_user` given or `password` given ``. */
function describeCondition(condition, path) {
  // In a condition, `required` only says the field is there; its value rule says the rest.
  const { required = [], anyOf, ...valueConditions } = condition;
  const clauses = facts(valueConditions, path);
  const unconstrained = required.filter((name) => !(name in (condition.properties ?? {})));
  clauses.push(...unconstrained.map((name) => `${code(join(path, name))} given`));
  if (Array.isArray(anyOf)) clauses.push(anyOf.map((branch) => describeCondition(branch, path)).join(' or '));
  return clauses.join(' and ');
}

/** What a schema at `path` demands, one phrase per rule: `` `publicip_id` required ``, `` `storage_space` ≥ 1200 when `storage_space` ≥ 600 ``. */
function facts(schema, path) {
  const subject = code(path === '' ? 'body' : path);
  if (schema === false) return [`${subject} not allowed`];
  if (schema === true || schema === null || typeof schema !== 'object') return [];
  const phrases = (schema.required ?? []).map((name) => `${code(join(path, name))} required`);
  for (const [name, property] of Object.entries(schema.properties ?? {})) phrases.push(...facts(property, join(path, name)));
  phrases.push(...valueRules(schema).map((rule) => `${subject} ${rule}`));
  if (schema.if !== undefined) phrases.push(`${facts(schema.then ?? true, path).join(' and ')} when ${describeCondition(schema.if, path)}`);
  const unread = Object.keys(schema).filter((key) => !READ_KEYWORDS.has(key));
  if (unread.length > 0) phrases.push(`${subject} matches ${schemaCode(Object.fromEntries(unread.map((key) => [key, schema[key]])))}`);
  return phrases;
}

/** Keywords `facts` reads: the rules it words, and annotations and types, which restate the field. */
const READ_KEYWORDS = new Set([
  'required',
  'properties',
  'const',
  'enum',
  'pattern',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'not',
  'if',
  'then',
  'else',
  'description',
  'title',
  'examples',
  'example',
  'writeOnly',
  'readOnly',
  'format',
  'type',
]);

function valueRules(schema) {
  const rules = [];
  if ('const' in schema) rules.push(`= ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum)) rules.push(`in ${listValues(schema.enum)}`);
  if (typeof schema.pattern === 'string') rules.push(`matches \`${schema.pattern}\``);
  if (schema.minimum !== undefined) rules.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) rules.push(`≤ ${schema.maximum}`);
  if (schema.minLength === 1) rules.push('non-empty');
  else if (schema.minLength !== undefined) rules.push(`at least ${schema.minLength} characters`);
  if (schema.maxLength === 0) rules.push('empty');
  else if (schema.maxLength !== undefined) rules.push(`at most ${schema.maxLength} characters`);
  if (schema.not !== undefined) rules.push(negatedRule(schema.not));
  return rules;
}

function negatedRule(not) {
  if (Object.keys(not).length === 0) return 'not allowed';
  if ('const' in not) return `≠ ${JSON.stringify(not.const)}`;
  if (Array.isArray(not.enum)) return `not in ${listValues(not.enum)}`;
  if (typeof not.pattern === 'string') return `does not match \`${not.pattern}\``;
  if (Array.isArray(not.required)) return `without ${not.required.map(code).join(', ')}`;
  return `does not match ${schemaCode(not)}`;
}

function listValues(values) {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function code(text) {
  return `\`${text}\``;
}

/** A schema as one line of flow YAML, annotations left out, for a rule `facts` has no words for. */
function schemaCode(schema) {
  const rules = JSON.parse(JSON.stringify(schema, (key, value) => (['description', 'title', 'examples', 'example'].includes(key) ? undefined : value)));
  return code(YAML.stringify(rules, { collectionStyle: 'flow', lineWidth: 0 }).trim());
}

/** Deletes every `if`/`then`/`else`, and the `allOf` entries left empty by it. */
function stripConditionals(node, parentKey) {
  // Example values are data, whatever keys they hold.
  if (node === null || typeof node !== 'object' || parentKey === 'examples' || parentKey === 'example') return;
  if (Array.isArray(node)) {
    for (const item of node) stripConditionals(item);
    return;
  }
  if (!NAME_MAPS.has(parentKey)) for (const keyword of CONDITIONAL_KEYWORDS) delete node[keyword];
  for (const [key, value] of Object.entries(node)) stripConditionals(value, key);
  if (Array.isArray(node.allOf)) {
    node.allOf = node.allOf.filter((branch) => Object.keys(branch).length > 0);
    if (node.allOf.length === 0) delete node.allOf;
  }
}

function join(path, name) {
  return path === '' ? name : `${path}.${name}`;
}
