// Reads one service of the Huawei Cloud Node.js SDK v3 (services/<name>/<version>: its TypeScript client and models) into a vendor metadata snapshot.
import ts from 'typescript';

/**
 * @typedef {import('./source-tree.mjs').SourceTree} SourceTree
 * @typedef {import('./snapshot-format.mjs').VendorSnapshot} VendorSnapshot
 * @typedef {import('./snapshot-format.mjs').VendorOperation} VendorOperation
 * @typedef {import('./snapshot-format.mjs').VendorField} VendorField
 * @typedef {import('./snapshot-format.mjs').VendorParameter} VendorParameter
 */

/**
 * A client method that sends a request: its request and response classes, and the JSON names of
 * the response class's members that the SDK fills from response headers.
 * @typedef {{ name: string, deprecated: boolean, requestClass: string | undefined, responseClass: string, responseHeaders: string[] }} ClientMethod
 */

/**
 * What a ParamCreater builder puts where. Its local variables are named after the request
 * class's members in camel case; `members` maps each variable to the member's JSON name, read
 * from the builder's `request['engine_version']` branch.
 * @typedef {object} RequestBuilder
 * @property {string} method
 * @property {string} url
 * @property {{ in: 'path' | 'query' | 'header', name: string, variable: string }[]} parameters in the builder's order
 * @property {Map<string, string>} members variable → request member
 * @property {Set<string>} required the variables it throws RequiredError for
 */

/**
 * A model class of the SDK, parsed.
 * @typedef {object} Model
 * @property {string} name
 * @property {ts.ClassDeclaration} declaration
 * @property {Map<string, ts.EnumDeclaration>} enums the enums declared in its file
 * @property {Set<string>} imported the model classes its file imports
 * @property {Set<string>} required the JSON names its constructor sets from its parameters
 */

/**
 * The snapshot of one Huawei Cloud service, read from `<folder>/<Name>Client.ts` and `<folder>/model/*.ts`.
 * @param {SourceTree} tree the huaweicloud/huaweicloud-sdk-nodejs-v3 repository
 * @param {string} service the service id, e.g. `huaweicloud-kafka`
 * @param {string} folder the service's folder, e.g. `services/kafka/v2`
 * @returns {VendorSnapshot}
 */
export function huaweiSnapshot(tree, service, folder) {
  const clientFile = tree.list(folder).find((name) => name.endsWith('Client.ts'));
  if (!clientFile) throw new Error(`${folder} has no *Client.ts`);
  const clientPath = `${folder}/${clientFile}`;
  const client = parseSource(clientPath, tree.read(clientPath));
  const builders = requestBuilders(client);
  const models = modelReader(tree, `${folder}/model`);
  const operations = clientMethods(client)
    .filter((method) => builders.has(method.name))
    .map((method) => vendorOperation(method, /** @type {RequestBuilder} */ (builders.get(method.name)), models));
  return {
    service,
    source: { repository: 'huaweicloud/huaweicloud-sdk-nodejs-v3', commit: tree.commit, date: tree.date, files: [folder], version: sdkVersion(tree) },
    operations,
  };
}

/**
 * The SDK release: the repository's VERSION file, which each release commit sets (as it heads
 * CHANGELOG.md and all/package.json with the same number).
 * @param {SourceTree} tree
 * @returns {string | undefined}
 */
function sdkVersion(tree) {
  if (!tree.list('.').includes('VERSION')) return undefined;
  const version = tree.read('VERSION').trim();
  return /^\d+\.\d+\.\d+$/.test(version) ? version : undefined;
}

/**
 * One operation: the builder gives the route and where each request member travels, the request
 * class the parameter types, the response class the answer.
 * @param {ClientMethod} method
 * @param {RequestBuilder} builder
 * @param {(name: string) => Model} models
 * @returns {VendorOperation}
 */
function vendorOperation(method, builder, models) {
  const where = `${method.name}()`;
  const request = method.requestClass ? models(method.requestClass) : undefined;
  const requestMembers = new Map((request ? propertiesOf(request) : []).map((property) => [jsonName(property), property]));
  const sent = new Set();
  /** The facts of the request member a builder variable holds. @param {string} variable */
  const sentMember = (variable) => {
    const name = builder.members.get(variable);
    const property = name === undefined ? undefined : requestMembers.get(name);
    if (!request || !property) throw new Error(`${where}: the builder sends ${variable}, which is no member of ${method.requestClass ?? 'its (absent) request class'}`);
    sent.add(name);
    return memberField(models, request, property, []);
  };

  // The path template names every path parameter; those the builder leaves out of pathParams
  // (project_id) the client fills in from its credentials.
  const pathVariables = new Map(builder.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p.variable]));
  const templateNames = [...builder.url.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  for (const name of pathVariables.keys()) if (!templateNames.includes(name)) throw new Error(`${where}: path parameter ${name} is not in ${builder.url}`);
  /** @type {VendorParameter[]} */
  const parameters = templateNames.map((name) => {
    const variable = pathVariables.get(name);
    const field = variable === undefined ? /** @type {VendorField} */ ({ type: 'string', required: true, deprecated: false }) : sentMember(variable);
    return { name, in: 'path', ...field, required: true };
  });
  for (const parameter of builder.parameters.filter((p) => p.in !== 'path')) {
    parameters.push({ name: parameter.name, in: parameter.in, ...sentMember(parameter.variable), required: builder.required.has(parameter.variable) });
  }
  const requestBody = builder.members.has('body') ? { ...sentMember('body'), required: builder.required.has('body') } : null;
  const unsent = [...requestMembers.keys()].filter((name) => !sent.has(name));
  if (unsent.length > 0) throw new Error(`${where}: ${method.requestClass} members ${unsent.join(', ')} are neither path, query, header nor body in its builder`);

  return {
    name: method.name,
    method: builder.method,
    path: builder.url,
    deprecated: method.deprecated,
    parameters,
    requestBody,
    responseBody: responseBody(models, models(method.responseClass), method.responseHeaders),
  };
}

/**
 * The answer's body: the response class's own members (those of its base SdkResponse, such as
 * httpStatusCode, describe the exchange), less those the client fills from response headers.
 * A class whose only body member is `body` types the whole body (`Array<KafkaTopicDetailEntity>`,
 * `string`), as the request class's `body` does.
 * @param {(name: string) => Model} models
 * @param {Model} response
 * @param {string[]} headers
 * @returns {VendorField | null}
 */
function responseBody(models, response, headers) {
  const members = propertiesOf(response).filter((property) => !headers.includes(jsonName(property)));
  if (members.length === 0) return null;
  if (members.length === 1 && jsonName(members[0]) === 'body') return { ...memberField(models, response, members[0], []), required: false };
  return { type: 'object', required: false, deprecated: false, properties: modelProperties(models, response, members, [response.name]) };
}

/**
 * The client class's public methods that answer a response class (`Promise<ShowInstanceResponse>`).
 * @param {ts.SourceFile} client
 * @returns {ClientMethod[]}
 */
function clientMethods(client) {
  const declaration = client.statements.find((s) => ts.isClassDeclaration(s) && /Client$/.test(s.name?.text ?? ''));
  if (!declaration || !ts.isClassDeclaration(declaration)) throw new Error(`${client.fileName} declares no *Client class`);
  return declaration.members.filter(ts.isMethodDeclaration).flatMap((method) => {
    const modifiers = ts.getCombinedModifierFlags(method);
    if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Static) || !method.body) return [];
    const name = method.name.getText(client);
    const returned = method.type && ts.isTypeReferenceNode(method.type) && method.type.typeName.getText(client) === 'Promise' ? method.type.typeArguments?.[0] : undefined;
    if (!returned || !ts.isTypeReferenceNode(returned)) return [];
    const requestType = method.parameters[0]?.type;
    /** @type {string[]} */
    let responseHeaders = [];
    visit(method.body, (node) => {
      // options['responseHeaders'] = ['X-Request-Id'];  ([''] when there are none)
      if (isAssignment(node) && ts.isElementAccessExpression(node.left) && stringValue(node.left.argumentExpression) === 'responseHeaders' && ts.isArrayLiteralExpression(node.right)) {
        responseHeaders = node.right.elements.map(stringValue).filter(/** @returns {header is string} */ (header) => header !== undefined && header !== '');
      }
    });
    return [
      {
        name,
        deprecated: hasDeprecatedTag(method),
        requestClass: requestType && ts.isTypeReferenceNode(requestType) ? requestType.typeName.getText(client) : undefined,
        responseClass: returned.typeName.getText(client),
        responseHeaders,
      },
    ];
  });
}

/**
 * The builders of `export const ParamCreater = function () { return { name(request?) { … }, … } }`, by name.
 * @param {ts.SourceFile} client
 * @returns {Map<string, RequestBuilder>}
 */
function requestBuilders(client) {
  /** @type {ts.ObjectLiteralExpression | undefined} */
  let returned;
  visit(client, (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(client) === 'ParamCreater' && node.initializer && ts.isFunctionExpression(node.initializer)) {
      const statement = node.initializer.body.statements.find(ts.isReturnStatement);
      if (statement?.expression && ts.isObjectLiteralExpression(statement.expression)) returned = statement.expression;
    }
  });
  if (!returned) throw new Error(`${client.fileName} has no ParamCreater`);
  const builders = new Map();
  for (const builder of returned.properties.filter(ts.isMethodDeclaration)) {
    const name = builder.name.getText(client);
    builders.set(name, requestBuilder(builder, `${client.fileName} ParamCreater().${name}()`));
  }
  return builders;
}

/**
 * Reads one builder. It is generated from one template:
 * `const options = { method: "GET", url: "/v2/{project_id}/instances", … }`, `engine = request['engine']`,
 * `throw new RequiredError('engine', …)`, `localVarQueryParameter['engine'] = engine`,
 * `localVarHeaderParameter['X-Language'] = String(xLanguage)`, `options.pathParams = { 'instance_id': instanceId, }`.
 * @param {ts.MethodDeclaration} builder
 * @param {string} where for error messages
 * @returns {RequestBuilder}
 */
function requestBuilder(builder, where) {
  const requestName = builder.parameters[0]?.name.getText();
  /** @type {RequestBuilder} */
  const read = { method: '', url: '', parameters: [], members: new Map(), required: new Set() };
  visit(/** @type {ts.Block} */ (builder.body), (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'options' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const property of node.initializer.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const key = property.name.getText();
        if (key === 'method') read.method = stringValue(property.initializer)?.toUpperCase() ?? '';
        if (key === 'url') read.url = stringValue(property.initializer) ?? '';
      }
    } else if (ts.isThrowStatement(node) && node.expression && ts.isNewExpression(node.expression) && node.expression.expression.getText() === 'RequiredError') {
      const variable = stringValue(node.expression.arguments?.[0]);
      if (variable !== undefined) read.required.add(variable);
    } else if (isAssignment(node)) {
      const { left, right } = node;
      if (ts.isIdentifier(left) && ts.isElementAccessExpression(right) && right.expression.getText() === requestName) {
        const member = stringValue(right.argumentExpression);
        if (member !== undefined) read.members.set(left.text, member);
      } else if (ts.isElementAccessExpression(left) && /^localVar(Query|Header)Parameter$/.test(left.expression.getText())) {
        const name = stringValue(left.argumentExpression);
        // `String(x)` for headers; a literal value (Content-Type) is the SDK's, not a parameter.
        const value = ts.isCallExpression(right) && right.expression.getText() === 'String' ? right.arguments[0] : right;
        if (name !== undefined && ts.isIdentifier(value)) read.parameters.push({ in: left.expression.getText() === 'localVarQueryParameter' ? 'query' : 'header', name, variable: value.text });
      } else if (left.getText() === 'options.pathParams' && ts.isObjectLiteralExpression(right)) {
        for (const property of right.properties) {
          const name = ts.isPropertyAssignment(property) ? stringValue(property.name) : undefined;
          if (name === undefined || !ts.isPropertyAssignment(property) || !ts.isIdentifier(property.initializer)) throw new Error(`${where}: unexpected pathParams entry ${property.getText()}`);
          read.parameters.push({ in: 'path', name, variable: property.initializer.text });
        }
      }
    }
  });
  if (!read.method || !read.url) throw new Error(`${where}: no options.method and options.url`);
  return read;
}

/**
 * Reads model classes from `<modelDir>/<Name>.ts` on demand, each file once.
 * @param {SourceTree} tree
 * @param {string} modelDir
 * @returns {(name: string) => Model}
 */
function modelReader(tree, modelDir) {
  /** @type {Map<string, Model>} */
  const cache = new Map();
  return (name) => {
    const known = cache.get(name);
    if (known) return known;
    const path = `${modelDir}/${name}.ts`;
    const source = parseSource(path, tree.read(path));
    const declaration = source.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === name);
    if (!declaration || !ts.isClassDeclaration(declaration)) throw new Error(`${path} declares no class ${name}`);
    const imported = new Set(
      source.statements.filter(ts.isImportDeclaration).flatMap((statement) => {
        const bindings = statement.importClause?.namedBindings;
        // Only the sibling models: the core's SdkResponse is a base class, never a member's type.
        return bindings && ts.isNamedImports(bindings) && stringValue(statement.moduleSpecifier)?.startsWith('./') ? bindings.elements.map((e) => e.name.text) : [];
      }),
    );
    const enums = new Map(source.statements.filter(ts.isEnumDeclaration).map((e) => [e.name.text, e]));
    const model = { name, declaration, enums, imported, required: constructorFields(declaration) };
    cache.set(name, model);
    return model;
  };
}

/**
 * The JSON names a model's constructor sets from its parameters: the SDK generator makes the
 * fields the API requires the constructor's parameters (`this['engine_version'] = engineVersion`).
 * @param {ts.ClassDeclaration} declaration
 * @returns {Set<string>}
 */
function constructorFields(declaration) {
  const constructorDeclaration = declaration.members.find(ts.isConstructorDeclaration);
  const parameters = new Set(constructorDeclaration?.parameters.map((p) => p.name.getText()));
  /** @type {Set<string>} */
  const fields = new Set();
  for (const statement of constructorDeclaration?.body?.statements ?? []) {
    if (!ts.isExpressionStatement(statement) || !isAssignment(statement.expression)) continue;
    const { left, right } = statement.expression;
    if (!ts.isIdentifier(right) || !parameters.has(right.text)) continue;
    const name = ts.isElementAccessExpression(left) && left.expression.kind === ts.SyntaxKind.ThisKeyword ? stringValue(left.argumentExpression) : undefined;
    if (name !== undefined) fields.add(name);
    else if (ts.isPropertyAccessExpression(left) && left.expression.kind === ts.SyntaxKind.ThisKeyword) fields.add(left.name.text);
  }
  return fields;
}

/**
 * A model's data members: its property declarations (its accessors and with-methods only rename them).
 * @param {Model} model
 * @returns {ts.PropertyDeclaration[]}
 */
function propertiesOf(model) {
  return model.declaration.members.filter(
    /** @returns {member is ts.PropertyDeclaration} */ (member) => ts.isPropertyDeclaration(member) && !(ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Static),
  );
}

/**
 * The JSON name of a member: `public engine?` or `private 'engine_version'?`.
 * @param {ts.PropertyDeclaration} property
 * @returns {string}
 */
function jsonName(property) {
  const name = ts.isIdentifier(property.name) ? property.name.text : stringValue(property.name);
  if (name === undefined) throw new Error(`unexpected member name ${property.name.getText()}`);
  return name;
}

/**
 * @param {(name: string) => Model} models
 * @param {Model} model
 * @param {ts.PropertyDeclaration[]} members
 * @param {string[]} modelsOpen the models being expanded, outermost first (a cycle stops at a repeat)
 * @returns {Record<string, VendorField>}
 */
function modelProperties(models, model, members, modelsOpen) {
  return Object.fromEntries(members.map((property) => [jsonName(property), memberField(models, model, property, modelsOpen)]));
}

/**
 * A member reduced to the snapshot's facts.
 * @param {(name: string) => Model} models
 * @param {Model} model the class declaring it
 * @param {ts.PropertyDeclaration} property
 * @param {string[]} modelsOpen
 * @returns {VendorField}
 */
function memberField(models, model, property, modelsOpen) {
  const where = `${model.name}.${jsonName(property)}`;
  if (!property.type) throw new Error(`${where} has no type`);
  return { ...typeField(models, model, property.type, modelsOpen, where), required: model.required.has(jsonName(property)), deprecated: hasDeprecatedTag(property) };
}

/**
 * A type reduced to the snapshot's facts, `required` and `deprecated` false (the member sets them).
 * @param {(name: string) => Model} models
 * @param {Model} model the class whose file the type is written in (its enums and imports)
 * @param {ts.TypeNode} type
 * @param {string[]} modelsOpen
 * @param {string} where for error messages
 * @returns {VendorField}
 */
function typeField(models, model, type, modelsOpen, where) {
  const facts = { required: false, deprecated: false };
  switch (type.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string', ...facts };
    case ts.SyntaxKind.NumberKeyword:
      return { type: 'number', ...facts };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean', ...facts };
    case ts.SyntaxKind.AnyKeyword:
      return { type: 'any', ...facts };
    // `object` and `{ [key: string]: X }`: free keys, no properties to list.
    case ts.SyntaxKind.ObjectKeyword:
    case ts.SyntaxKind.TypeLiteral:
      return { type: 'object', ...facts };
  }
  if (ts.isArrayTypeNode(type)) return { type: 'array', ...facts, items: typeField(models, model, type.elementType, modelsOpen, `${where}[]`) };
  if (ts.isUnionTypeNode(type)) {
    // `XEnum | string`, `Array<XEnum> | Array<string>`: the enum lists the values, the other part lets the SDK's callers pass any.
    const parts = type.types.map((part) => typeField(models, model, part, modelsOpen, where));
    const chosen = parts.find((part) => part.enum || part.items?.enum) ?? parts[0];
    return parts.every((part) => part.type === chosen.type) ? chosen : { type: 'any', ...facts };
  }
  if (ts.isTypeReferenceNode(type)) {
    const name = type.typeName.getText();
    if (name === 'Array' && type.typeArguments?.length === 1) return { type: 'array', ...facts, items: typeField(models, model, type.typeArguments[0], modelsOpen, `${where}[]`) };
    const enumeration = model.enums.get(name);
    if (enumeration) return enumField(enumeration, where);
    // A model names its sibling models by import, itself (a tree node's children) without one.
    if (model.imported.has(name) || name === model.name) {
      if (modelsOpen.includes(name)) return { type: 'object', ...facts, model: name };
      const nested = models(name);
      return { type: 'object', ...facts, properties: modelProperties(models, nested, propertiesOf(nested), [...modelsOpen, name]) };
    }
  }
  throw new Error(`${where}: a type this reader does not know: ${type.getText()}`);
}

/**
 * A value the API Explorer offers only on some sites, `[dms.physical.storage.general](tag:hws,hws_hk)`:
 * its documentation markup reaches some generated enums, while the API takes the bare value.
 */
const SITE_TAGGED_VALUE = /^\[([^\]]+)\]\(tag:[\w,]+\)$/;

/**
 * An enum's values, typed by their kind: `KAFKA = 'kafka'` or `NUMBER_1 = 1`.
 * @param {ts.EnumDeclaration} enumeration
 * @param {string} where
 * @returns {VendorField}
 */
function enumField(enumeration, where) {
  const values = enumeration.members.map((member) => {
    const { initializer } = member;
    const text = initializer && stringValue(initializer);
    if (text !== undefined) return SITE_TAGGED_VALUE.exec(text)?.[1] ?? text;
    if (initializer && ts.isNumericLiteral(initializer)) return Number(initializer.text);
    if (initializer && ts.isPrefixUnaryExpression(initializer) && initializer.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(initializer.operand))
      return -Number(initializer.operand.text);
    throw new Error(`${where}: enum ${enumeration.name.text} member ${member.name.getText()} has no literal value`);
  });
  const kinds = new Set(values.map((value) => typeof value));
  if (kinds.size !== 1) throw new Error(`${where}: enum ${enumeration.name.text} mixes ${[...kinds].join(' and ')} values`);
  return { type: typeof values[0] === 'number' ? 'number' : 'string', required: false, deprecated: false, enum: values };
}

/** @param {string} fileName @param {string} text */
function parseSource(fileName, text) {
  // Parent pointers: getText() and the JSDoc tags need them.
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/**
 * Whether a declaration's JSDoc carries `@deprecated`.
 * @param {ts.Node} node
 */
function hasDeprecatedTag(node) {
  return ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'deprecated');
}

/**
 * The text of a string literal (`'x'`, `"x"`, or a template without substitutions), else undefined.
 * @param {ts.Node | undefined} node
 * @returns {string | undefined}
 */
function stringValue(node) {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/**
 * @param {ts.Node} node
 * @returns {node is ts.BinaryExpression}
 */
function isAssignment(node) {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

/**
 * Calls `action` on `node` and every node below it.
 * @param {ts.Node} node
 * @param {(node: ts.Node) => void} action
 */
function visit(node, action) {
  action(node);
  ts.forEachChild(node, (child) => visit(child, action));
}
