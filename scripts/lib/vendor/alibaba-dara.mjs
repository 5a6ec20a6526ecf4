// Reads an Alibaba Cloud Darabonba IDL (<product>-<version>/async/main.dara, the RESTFUL async SDK's source) into a vendor metadata snapshot.
import { posix } from 'node:path';

/**
 * @typedef {import('./source-tree.mjs').SourceTree} SourceTree
 * @typedef {import('./snapshot-format.mjs').VendorSnapshot} VendorSnapshot
 * @typedef {import('./snapshot-format.mjs').VendorOperation} VendorOperation
 * @typedef {import('./snapshot-format.mjs').VendorField} VendorField
 * @typedef {import('./snapshot-format.mjs').VendorParameter} VendorParameter
 */

/**
 * @typedef {{ kind: 'string' | 'number' | 'identifier' | 'punctuation', value: string, line: number, doc?: string }} Token
 *   `doc` is the text of the `/** … *\/` comment right before the token, if any.
 * @typedef {{ kind: 'named', name: string } | { kind: 'array', items: DaraType } | { kind: 'map' } | { kind: 'inline', fields: DaraField[] }} DaraType
 * @typedef {{ identifier: string, optional: boolean, type: DaraType, annotations: Record<string, string> }} DaraField
 * @typedef {{ doc: string | undefined, parameterTypes: DaraType[], returnType: DaraType | undefined, call: string[] | undefined }} DaraFunction
 *   `call` is the literal arguments of the `@handler.do(…)` in its body.
 */

const PUNCTUATION = new Set(['?', ':', ',', '(', ')', '{', '}', '[', ']', '=', '@', '.', ';']);

/**
 * Darabonba's scalar types; any other name in a type position has to be a model.
 * @type {Record<string, VendorField['type']>}
 */
const SCALAR_TYPES = {
  string: 'string',
  int32: 'integer',
  int64: 'integer',
  long: 'integer',
  integer: 'integer',
  double: 'number',
  float: 'number',
  boolean: 'boolean',
  object: 'object',
  any: 'any',
};

/**
 * `position=` of a request field, as a parameter's `in`; `Body` fields make the request body.
 * @type {Record<string, VendorParameter['in']>}
 */
const PARAMETER_LOCATIONS = { Path: 'path', Query: 'query', Header: 'header' };

/**
 * The snapshot of one Alibaba Cloud product, read from `<folder>/async/Darafile` and the IDL it names.
 * @param {SourceTree} tree the aliyun/alibabacloud-sdk repository
 * @param {string} service the service id, e.g. `alibabacloud-rocketmq`
 * @param {string} folder the product's folder, e.g. `rocketmq-20220801`
 * @returns {VendorSnapshot}
 */
export function alibabaSnapshot(tree, service, folder) {
  const darafilePath = `${folder}/async/Darafile`;
  const darafile = JSON.parse(tree.read(darafilePath));
  const mainPath = posix.join(posix.dirname(darafilePath), darafile.main);
  const { models, functions } = parseDara(tree.read(mainPath), mainPath);
  const operations = functions.filter((fn) => fn.call).map((fn) => vendorOperation(fn, models));
  return {
    service,
    source: { repository: 'aliyun/alibabacloud-sdk', commit: tree.commit, date: tree.date, files: [darafilePath, mainPath], version: darafile.version },
    operations,
  };
}

/**
 * One API operation from an SDK function: `@handler.do(protocol, action, method, path, …)` gives the
 * route, its request model's `position=` annotations split the fields into parameters and body.
 * @param {DaraFunction} fn
 * @param {Map<string, DaraField[]>} models
 * @returns {VendorOperation}
 */
function vendorOperation(fn, models) {
  const [, action, method, path] = /** @type {string[]} */ (fn.call);
  /** @type {VendorParameter[]} */
  const parameters = [];
  /** @type {Record<string, VendorField>} */
  const bodyProperties = {};
  for (const type of fn.parameterTypes) {
    for (const field of modelFields(type, models, `the request of ${action}`)) {
      const position = field.annotations.position;
      const where = `${action} request field ${field.identifier}`;
      if (position === 'Body') bodyProperties[wireName(field)] = vendorField(field, models, [], where);
      else if (Object.hasOwn(PARAMETER_LOCATIONS, position)) parameters.push({ name: wireName(field), in: PARAMETER_LOCATIONS[position], ...vendorField(field, models, [], where) });
      // `Host` fields (RegionId) pick the endpoint's host name; they travel in no parameter.
      else if (position !== 'Host') throw new Error(`${where}: unknown position '${position}'`);
    }
  }
  const body = fn.returnType && modelFields(fn.returnType, models, `the response of ${action}`).find((field) => field.identifier === 'body');
  return {
    name: action,
    method: method.toUpperCase(),
    path,
    deprecated: /^[\s*]*@deprecated\b/m.test(fn.doc ?? ''),
    parameters,
    // The IDL marks fields required, never the body as such: a body whose every field is optional may be left out.
    requestBody: Object.keys(bodyProperties).length > 0 ? { type: 'object', required: false, deprecated: false, properties: bodyProperties } : null,
    responseBody: body ? vendorField(body, models, [], `${action} response body`) : null,
  };
}

/**
 * The fields of a model, given by name (`XRequest`) or inline.
 * @param {DaraType} type
 * @param {Map<string, DaraField[]>} models
 * @param {string} where for the error message
 * @returns {DaraField[]}
 */
function modelFields(type, models, where) {
  if (type.kind === 'inline') return type.fields;
  if (type.kind === 'named' && models.has(type.name)) return models.get(type.name) ?? [];
  throw new Error(`${where} is not a model`);
}

/** @param {DaraField} field the name on the wire (`name=`), which is the identifier but for `RegionId` */
function wireName(field) {
  return field.annotations.name ?? field.identifier;
}

/**
 * A field reduced to the snapshot's facts.
 * @param {DaraField} field
 * @param {Map<string, DaraField[]>} models
 * @param {string[]} modelsOpen the models being expanded, outermost first (a cycle stops at a repeat)
 * @param {string} where for error messages
 * @returns {VendorField}
 */
function vendorField(field, models, modelsOpen, where) {
  const deprecated = field.annotations.deprecated === 'true';
  return { ...vendorType(field.type, models, modelsOpen, where), required: !field.optional, deprecated };
}

/**
 * A type reduced to the snapshot's facts, `required` and `deprecated` false (the field sets them).
 * @param {DaraType} type
 * @param {Map<string, DaraField[]>} models
 * @param {string[]} modelsOpen
 * @param {string} where
 * @returns {VendorField}
 */
function vendorType(type, models, modelsOpen, where) {
  const facts = { required: false, deprecated: false };
  switch (type.kind) {
    case 'array':
      return { type: 'array', ...facts, items: vendorType(type.items, models, modelsOpen, `${where}[]`) };
    // A map's keys are free, so it lists no properties (VendorField has no place for its value type).
    case 'map':
      return { type: 'object', ...facts };
    case 'inline':
      return { type: 'object', ...facts, properties: vendorProperties(type.fields, models, modelsOpen, where) };
    case 'named': {
      if (Object.hasOwn(SCALAR_TYPES, type.name)) return { type: SCALAR_TYPES[type.name], ...facts };
      const fields = models.get(type.name);
      if (!fields) throw new Error(`${where}: unknown type ${type.name}`);
      if (modelsOpen.includes(type.name)) return { type: 'object', ...facts, model: type.name };
      return { type: 'object', ...facts, properties: vendorProperties(fields, models, [...modelsOpen, type.name], where) };
    }
  }
}

/**
 * @param {DaraField[]} fields
 * @param {Map<string, DaraField[]>} models
 * @param {string[]} modelsOpen
 * @param {string} where
 * @returns {Record<string, VendorField>}
 */
function vendorProperties(fields, models, modelsOpen, where) {
  return Object.fromEntries(fields.map((field) => [wireName(field), vendorField(field, models, modelsOpen, `${where}.${field.identifier}`)]));
}

/**
 * The models and functions of a Darabonba module. Handles the subset the SDK generator writes:
 * `import X;`, `extends X;`, `type @x = T`, `init(…) { … }`, `[async] function f(a: T): T { … }`,
 * `model X { … }` and `model X = { … }`; types `T`, `[ T ]`, `map[K]V`, `{ fields }`; fields
 * `name?: T(key='value', key=true, key=64)`. Function bodies are skipped but for their `@handler.do(…)` call.
 * @param {string} text
 * @param {string} file for error messages
 * @returns {{ models: Map<string, DaraField[]>, functions: DaraFunction[] }}
 */
function parseDara(text, file) {
  const tokens = tokenize(text, file);
  let index = 0;
  /** @type {(message: string) => never} */
  const fail = (message) => {
    const token = tokens[Math.min(index, tokens.length - 1)];
    throw new Error(`${file}:${token?.line ?? 1}: ${message}`);
  };
  const peek = (offset = 0) => tokens[index + offset];
  /** @type {(value: string, offset?: number) => boolean} */
  const isNext = (value, offset = 0) => peek(offset)?.kind !== 'string' && peek(offset)?.value === value;
  const take = () => tokens[index++] ?? fail('unexpected end of file');
  /** @type {(value: string) => Token} */
  const expect = (value) => (isNext(value) ? take() : fail(`expected '${value}', found '${peek()?.value ?? 'end of file'}'`));
  const identifier = () => (peek()?.kind === 'identifier' ? take().value : fail(`expected a name, found '${peek()?.value ?? 'end of file'}'`));

  /** @returns {DaraType} */
  const type = () => {
    if (isNext('[')) {
      take();
      const items = type();
      expect(']');
      return { kind: 'array', items };
    }
    if (isNext('{')) return { kind: 'inline', fields: fieldList() };
    if (isNext('map') && isNext('[', 1)) {
      take();
      take();
      type();
      expect(']');
      type();
      return { kind: 'map' };
    }
    let name = identifier();
    while (isNext('.')) name += `${take().value}${identifier()}`;
    return { kind: 'named', name };
  };

  /** `key='value', key=true` inside a field's parentheses. */
  const annotations = () => {
    /** @type {Record<string, string>} */
    const values = {};
    expect('(');
    while (!isNext(')')) {
      const key = identifier();
      expect('=');
      const value = take();
      if (value.kind === 'punctuation') fail(`annotation ${key} has no value`);
      values[key] = value.value;
      if (!isNext(')')) expect(',');
    }
    expect(')');
    return values;
  };

  /** `{ name?: T(…), … }`, the trailing comma optional. */
  const fieldList = () => {
    /** @type {DaraField[]} */
    const fields = [];
    expect('{');
    while (!isNext('}')) {
      const fieldName = identifier();
      const optional = isNext('?');
      if (optional) take();
      expect(':');
      const fieldType = type();
      fields.push({ identifier: fieldName, optional, type: fieldType, annotations: isNext('(') ? annotations() : {} });
      if (!isNext('}')) expect(',');
    }
    expect('}');
    return fields;
  };

  /** `(name: T, …)` of a function or `init`. */
  const parameterTypes = () => {
    /** @type {DaraType[]} */
    const types = [];
    expect('(');
    while (!isNext(')')) {
      identifier();
      expect(':');
      types.push(type());
      if (!isNext(')')) expect(',');
    }
    expect(')');
    return types;
  };

  /** A `{ … }` block, skipped to its closing brace; returns the literal arguments of a `@handler.do(…)` in it. */
  const block = () => {
    /** @type {string[] | undefined} */
    let call;
    expect('{');
    for (let depth = 1; depth > 0; ) {
      if (isNext('@') && isNext('handler', 1) && isNext('.', 2) && isNext('do', 3) && isNext('(', 4)) {
        index += 4;
        call = callArguments();
        continue;
      }
      const token = take();
      if (token.kind === 'punctuation' && token.value === '{') depth++;
      if (token.kind === 'punctuation' && token.value === '}') depth--;
    }
    return call;
  };

  /** `('RESTFUL', 'Action', 'POST', '/path', …, request)`: strings, literals and names, as text. */
  const callArguments = () => {
    /** @type {string[]} */
    const values = [];
    expect('(');
    while (!isNext(')')) {
      const value = take();
      if (value.kind === 'punctuation') fail(`unexpected '${value.value}' in @handler.do(…)`);
      values.push(value.value);
      if (!isNext(')')) expect(',');
    }
    expect(')');
    return values;
  };

  /** @type {Map<string, DaraField[]>} */
  const models = new Map();
  /** @type {DaraFunction[]} */
  const functions = [];
  while (index < tokens.length) {
    const start = peek();
    const keyword = identifier();
    if (keyword === 'import' || keyword === 'extends') {
      identifier();
      expect(';');
    } else if (keyword === 'type') {
      expect('@');
      identifier();
      expect('=');
      type();
    } else if (keyword === 'init') {
      parameterTypes();
      block();
    } else if (keyword === 'model') {
      const name = identifier();
      if (isNext('=')) take();
      if (models.has(name)) fail(`model ${name} declared twice`);
      models.set(name, fieldList());
    } else if (keyword === 'function' || (keyword === 'async' && isNext('function'))) {
      if (keyword === 'async') take();
      identifier();
      const parameters = parameterTypes();
      const hasReturnType = isNext(':');
      if (hasReturnType) take();
      const returnType = hasReturnType ? type() : undefined;
      functions.push({ doc: start.doc, parameterTypes: parameters, returnType, call: block() });
    } else {
      index--;
      fail(`unexpected '${keyword}' at the top level`);
    }
  }
  return { models, functions };
}

/**
 * The tokens of a Darabonba file. Strings are single-quoted, may span lines and escape with a
 * backslash (`\'`, `\\`); numbers are bare annotation values (`maxLength=64`); comments are
 * `// …` and `/* … *\/`.
 * @param {string} text
 * @param {string} file for error messages
 * @returns {Token[]}
 */
function tokenize(text, file) {
  /** @type {Token[]} */
  const tokens = [];
  let line = 1;
  /** @type {string | undefined} */
  let doc;
  let at = 0;
  /** @type {(message: string) => never} */
  const fail = (message) => {
    throw new Error(`${file}:${line}: ${message}`);
  };
  /** @type {(char: string) => boolean} */
  const isIdentifierStart = (char) => /[A-Za-z_$]/.test(char);
  /** @type {(char: string) => boolean} */
  const isIdentifierPart = (char) => /[A-Za-z0-9_$]/.test(char);
  /** @type {(kind: Token['kind'], value: string, startLine: number) => void} */
  const push = (kind, value, startLine) => {
    tokens.push(doc === undefined ? { kind, value, line: startLine } : { kind, value, line: startLine, doc });
    doc = undefined;
  };
  while (at < text.length) {
    const char = text[at];
    if (char === '\n') {
      line++;
      at++;
    } else if (/\s/.test(char)) {
      at++;
    } else if (text.startsWith('//', at)) {
      while (at < text.length && text[at] !== '\n') at++;
    } else if (text.startsWith('/*', at)) {
      const end = text.indexOf('*/', at + 2);
      if (end < 0) fail('unterminated comment');
      const comment = text.slice(at, end + 2);
      if (comment.startsWith('/**')) doc = comment;
      line += comment.split('\n').length - 1;
      at = end + 2;
    } else if (char === "'") {
      const startLine = line;
      let value = '';
      at++;
      for (;;) {
        if (at >= text.length) {
          line = startLine;
          fail('unterminated string');
        }
        const next = text[at];
        if (next === "'") break;
        if (next === '\\') {
          at++;
          if (text[at] === '\n') line++;
          value += text[at] ?? '';
        } else {
          if (next === '\n') line++;
          value += next;
        }
        at++;
      }
      at++;
      push('string', value, startLine);
    } else if (/[0-9]/.test(char)) {
      const start = at;
      while (at < text.length && /[0-9.]/.test(text[at])) at++;
      push('number', text.slice(start, at), line);
    } else if (isIdentifierStart(char)) {
      const start = at;
      while (at < text.length && isIdentifierPart(text[at])) at++;
      push('identifier', text.slice(start, at), line);
    } else if (PUNCTUATION.has(char)) {
      push('punctuation', char, line);
      at++;
    } else {
      fail(`unexpected character '${char}'`);
    }
  }
  return tokens;
}
