// Reads an official SDK's request and response models, request builder and client declarations into the route, response class and field lists the parity test compares.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const require = createRequire(import.meta.url);

/** What an SDK sends for one request class: `POST /path` and its fields in the parity notation. */
export interface SdkRequest {
  route: string;
  fields: string[];
}

/** What an SDK reads from the answer: the model class it casts the body to, and that model's fields in the parity notation. */
export interface SdkResponse {
  class: string;
  fields: string[];
}

/**
 * One operation of an SDK: by its request class (`CreateInstanceRequest`, whose method is
 * `createInstance`), or, for an Alibaba method that takes no request model
 * (`getInstance(instanceId)`), by its method.
 */
export type SdkOperation = { requestClass: string } | { method: string };

/** The request an official SDK (`@huaweicloud/…` or `@alicloud/…`) makes for `operation`. */
export function sdkRequest(packageName: string, operation: SdkOperation): SdkRequest {
  if (packageName.startsWith('@huaweicloud/')) return huaweiSdkRequest(packageName, operation);
  if (packageName.startsWith('@alicloud/')) return alibabaSdkRequest(packageName, operation);
  throw new Error(`no reader for the models of ${packageName}`);
}

/** The answer an official SDK reads for `operation`: the response model its client method declares, and that model's body fields. */
export function sdkResponse(packageName: string, operation: SdkOperation): SdkResponse {
  if (packageName.startsWith('@huaweicloud/')) return huaweiSdkResponse(packageName, operation);
  if (packageName.startsWith('@alicloud/')) return alibabaSdkResponse(packageName, operation);
  throw new Error(`no reader for the models of ${packageName}`);
}

/** Where a Huawei Cloud SDK keeps its models and its client. */
function huaweiPackage(packageName: string) {
  const packageDir = dirname(require.resolve(`${packageName}/package.json`));
  const clientFile = readdirSync(join(packageDir, 'v2')).find((name) => name.endsWith('Client.js'));
  if (!clientFile) throw new Error(`${packageName} has no v2/*Client.js`);
  return { packageDir, modelDir: join(packageDir, 'v2', 'model'), clientFile: join(packageDir, 'v2', clientFile) };
}

/** Every method of a Huawei Cloud SDK takes a request class, which an operation has to name. */
function huaweiRequestClass(packageName: string, operation: SdkOperation): string {
  if ('requestClass' in operation) return operation.requestClass;
  throw new Error(`every method of ${packageName} takes a request class: name it instead of ${operation.method}()`);
}

/**
 * A Huawei Cloud SDK request, read from its `.d.ts` models (never loaded: the SDK writes
 * ~/.huaweicloud files) and its client's request builder. The request class's `body` member is
 * the body model; its other members are parameters, placed where the builder puts them.
 */
function huaweiSdkRequest(packageName: string, operation: SdkOperation): SdkRequest {
  const requestClass = huaweiRequestClass(packageName, operation);
  const { modelDir, clientFile } = huaweiPackage(packageName);
  // The builders are in the ParamCreater object, after the client class's methods of the same names.
  const clientSource = readFileSync(clientFile, 'utf8');
  const builder = methodSource(clientSource.slice(clientSource.indexOf('const ParamCreater')), operationName(requestClass));
  const pathParameters = [...(builder.match(/pathParams = \{([^}]*)\}/)?.[1] ?? '').matchAll(/'(\w+)':/g)].map((m) => m[1]);
  const queryParameters = [...builder.matchAll(/localVarQueryParameter\['(\w+)'\] =/g)].map((m) => m[1]);
  const fields: string[] = [];
  for (const member of modelMembers(modelDir, requestClass)) {
    if (member.name === 'body') {
      if (!member.model) throw new Error(`${requestClass}.body is not a model class`);
      fields.push(...huaweiModelFields(modelDir, member.model.name, ''));
    } else if (pathParameters.includes(member.name)) fields.push(`path:${member.name}`);
    else if (queryParameters.includes(member.name)) fields.push(`query:${member.name}`);
    else throw new Error(`${requestClass}.${member.name} is neither body, path nor query in ${clientFile}`);
  }
  return { route: `${captured(builder, /\bmethod: "(\w+)"/)} ${captured(builder, /\burl: "([^"]+)"/)}`, fields };
}

/**
 * A Huawei Cloud SDK answer: the response class the client's `.d.ts` declares for the method
 * (`Promise<ShowInstanceResponse>`), whose members are the body fields. The members of its base
 * class SdkResponse (`httpStatusCode`, of the HTTP exchange, not of the body) are left out.
 */
function huaweiSdkResponse(packageName: string, operation: SdkOperation): SdkResponse {
  const requestClass = huaweiRequestClass(packageName, operation);
  const { packageDir, modelDir, clientFile } = huaweiPackage(packageName);
  const method = operationName(requestClass);
  const declarations = readFileSync(clientFile.replace(/\.js$/, '.d.ts'), 'utf8');
  const responseClass = captured(declarations, new RegExp(`^ *${method}\\(\\w+\\?: ${requestClass}\\): Promise<(\\w+)>;$`, 'm'));
  const core = dirname(createRequire(join(packageDir, 'package.json')).resolve('@huaweicloud/huaweicloud-sdk-core/package.json'));
  const inherited = new Set(modelMembers(core, 'SdkResponse').map((member) => member.name));
  const fields = huaweiModelFields(modelDir, responseClass, '').filter((field) => !inherited.has(field.split(/[.[]/)[0]));
  return { class: responseClass, fields };
}

/** A member's type naming another model class: `BssParam`, or `Array<TagEntity>` (array). */
interface ModelReference {
  name: string;
  array: boolean;
}

/** A model's members with their JSON names, and the model class each one's type names, if any. */
function modelMembers(modelDir: string, className: string): { name: string; model?: ModelReference }[] {
  const file = join(modelDir, `${className}.d.ts`);
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const imported = new Set(
    source.statements.filter(ts.isImportDeclaration).flatMap((d) => {
      const bindings = d.importClause?.namedBindings;
      return bindings && ts.isNamedImports(bindings) ? bindings.elements.map((e) => e.name.text) : [];
    }),
  );
  const declaration = source.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === className);
  if (!declaration) throw new Error(`${file} declares no class ${className}`);
  return declaration.members.filter(ts.isPropertyDeclaration).map((property) => {
    const name = (property.name as ts.Identifier | ts.StringLiteral).text;
    // `private 'engine_version'?;` has no type in the d.ts: `withEngineVersion(x: T)` states it.
    const type = property.type ?? withMethodType(declaration, name);
    const model = modelReference(type, imported);
    return model ? { name, model } : { name };
  });
}

function withMethodType(declaration: ts.ClassDeclaration, jsonName: string): ts.TypeNode {
  const methodName = `with${jsonName.split('_').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('')}`;
  const method = declaration.members.find((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && (m.name as ts.Identifier).text === methodName);
  const type = method?.parameters[0]?.type;
  if (!type) throw new Error(`${declaration.name?.text}.${jsonName} has no type and no typed ${methodName}()`);
  return type;
}

/** The model class a member's type names, if any: directly, as `Array<M>`/`M[]`, or in a union. */
function modelReference(type: ts.TypeNode, imported: Set<string>): ModelReference | undefined {
  if (ts.isUnionTypeNode(type)) return type.types.map((t) => modelReference(t, imported)).find(Boolean);
  if (ts.isArrayTypeNode(type)) return asArray(modelReference(type.elementType, imported));
  if (!ts.isTypeReferenceNode(type)) return undefined;
  const name = type.typeName.getText();
  if (name === 'Array' && type.typeArguments?.length === 1) return asArray(modelReference(type.typeArguments[0], imported));
  return imported.has(name) ? { name, array: false } : undefined;
}

function asArray(model: ModelReference | undefined): ModelReference | undefined {
  return model && { name: model.name, array: true };
}

function huaweiModelFields(modelDir: string, className: string, prefix: string): string[] {
  return modelMembers(modelDir, className).flatMap(({ name, model }) => [
    `${prefix}${name}`,
    ...(model ? huaweiModelFields(modelDir, model.name, `${prefix}${name}${model.array ? '[]' : ''}.`) : []),
  ]);
}

/** A Darabonba model class of the Alibaba Cloud SDK: `names()` maps members to JSON names, `types()` gives their types. */
interface AlibabaModel {
  readonly name: string;
  names(): Record<string, string>;
  types(): Record<string, unknown>;
}

/**
 * An Alibaba Cloud SDK request, read from its client's `<method>WithOptions` builder and its
 * request model's `names()`/`types()`. The builder's arguments that its pathname percent-encodes
 * are the path parameters; of the request model's members, the builder says which travel in the
 * query and which in the body.
 */
function alibabaSdkRequest(packageName: string, operation: SdkOperation): SdkRequest {
  const method = sdkMethod(operation);
  const builder = methodSource(readFileSync(require.resolve(packageName), 'utf8'), `${method}WithOptions`);
  const pathname = captured(builder, /\bpathname: `([^`]+)`/);
  const pathParameter = /\$\{\$dara\.URL\.percentEncode\((\w+)\)\}/g;
  const pathParameters = [...pathname.matchAll(pathParameter)].map((m) => m[1]);
  const route = `${captured(builder, /\bmethod: "(\w+)"/)} ${pathname.replace(pathParameter, '{$1}')}`;
  if (route.includes('${')) throw new Error(`${method}WithOptions builds its pathname in a way this reader does not know: ${pathname}`);
  const requestArguments = captured(builder, /WithOptions\(([\w, ]*)\)/)
    .split(', ')
    .filter((argument) => !pathParameters.includes(argument) && argument !== 'headers' && argument !== 'runtime');
  const fields = pathParameters.map((name) => `path:${name}`);
  if (!('requestClass' in operation)) {
    if (requestArguments.length > 0) throw new Error(`${method}WithOptions takes a request model (${requestArguments.join(', ')}): name its request class`);
    return { route, fields };
  }
  const { requestClass } = operation;
  if (requestArguments.length !== 1) throw new Error(`${method}WithOptions takes no single request model, only (${requestArguments.join(', ')})`);
  const model = require(packageName)[requestClass] as AlibabaModel | undefined;
  if (!model) throw new Error(`${packageName} exports no ${requestClass}`);
  const queryParameters = [...builder.matchAll(/query\["(\w+)"\] =/g)].map((m) => m[1]);
  const bodyFields = [...builder.matchAll(/body\["(\w+)"\] =/g)].map((m) => m[1]);
  const types = model.types();
  for (const [member, name] of Object.entries(model.names())) {
    if (queryParameters.includes(name)) fields.push(`query:${name}`);
    else if (bodyFields.includes(name)) fields.push(...alibabaFields(name, types[member]));
    else throw new Error(`${requestClass}.${member} is neither query nor body in ${packageName}`);
  }
  return { route, fields };
}

/**
 * An Alibaba Cloud SDK answer: the body model (`types().body`) of the response class the
 * client's `.d.ts` declares for the method (`Promise<$_model.GetInstanceResponse>`), read like a
 * request model. The response class's other members, `headers` and `statusCode`, are of the HTTP
 * exchange, not of the body.
 */
function alibabaSdkResponse(packageName: string, operation: SdkOperation): SdkResponse {
  const method = sdkMethod(operation);
  const declarations = readFileSync(require.resolve(packageName).replace(/\.js$/, '.d.ts'), 'utf8');
  const responseClass = captured(declarations, new RegExp(`^ *${method}\\([^)]*\\): Promise<\\$_model\\.(\\w+)>;$`, 'm'));
  const response = require(packageName)[responseClass] as AlibabaModel | undefined;
  const body = response?.types().body;
  if (!isAlibabaModel(body)) throw new Error(`${responseClass} of ${packageName} has no body model`);
  return { class: body.name, fields: alibabaModelFields(body, '') };
}

function alibabaFields(path: string, type: unknown): string[] {
  if (isAlibabaModel(type)) return [path, ...alibabaModelFields(type, `${path}.`)];
  const item = (type as { itemType?: unknown }).itemType;
  if (isAlibabaModel(item)) return [path, ...alibabaModelFields(item, `${path}[].`)];
  return [path];
}

function alibabaModelFields(model: AlibabaModel, prefix: string): string[] {
  const types = model.types();
  return Object.entries(model.names()).flatMap(([member, name]) => alibabaFields(`${prefix}${name}`, types[member]));
}

function isAlibabaModel(type: unknown): type is AlibabaModel {
  return typeof type === 'function' && 'names' in type && 'types' in type;
}

/** The SDK method of an operation: named, or that of its request class. */
function sdkMethod(operation: SdkOperation): string {
  return 'method' in operation ? operation.method : operationName(operation.requestClass);
}

/** `CreateInstanceByEngineRequest` → `createInstanceByEngine`, the SDKs' method name for a request class. */
function operationName(requestClass: string): string {
  return requestClass.charAt(0).toLowerCase() + requestClass.slice(1).replace(/Request$/, '');
}

/** The text of a method in generated JavaScript: from its declaration line to the closing brace at the same indentation. */
function methodSource(source: string, name: string): string {
  const start = new RegExp(`^( *)(?:async )?${name}\\([\\w, ]*\\) \\{$`, 'm').exec(source);
  if (!start) throw new Error(`no method ${name}() found`);
  const end = source.indexOf(`\n${start[1]}}`, start.index);
  return source.slice(start.index, end);
}

/** The first group of `pattern` in `source`; a builder or declaration that does not match is an SDK this reader does not know. */
function captured(source: string, pattern: RegExp): string {
  const value = pattern.exec(source)?.[1];
  if (value === undefined) throw new Error(`${pattern} does not match:\n${source.slice(0, 200)}`);
  return value;
}
