// Reads an official SDK's request model and request builder into the route and field list the parity test compares.
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

/** The request an official SDK (`@huaweicloud/…` or `@alicloud/…`) makes of `requestClass`. */
export function sdkRequest(packageName: string, requestClass: string): SdkRequest {
  if (packageName.startsWith('@huaweicloud/')) return huaweiSdkRequest(packageName, requestClass);
  if (packageName.startsWith('@alicloud/')) return alibabaSdkRequest(packageName, requestClass);
  throw new Error(`no reader for the models of ${packageName}`);
}

/**
 * A Huawei Cloud SDK request, read from its `.d.ts` models (never loaded: the SDK writes
 * ~/.huaweicloud files) and its client's request builder. The request class's `body` member is
 * the body model; its other members are parameters, placed where the builder puts them.
 */
function huaweiSdkRequest(packageName: string, requestClass: string): SdkRequest {
  const packageDir = dirname(require.resolve(`${packageName}/package.json`));
  const modelDir = join(packageDir, 'v2', 'model');
  const clientFile = readdirSync(join(packageDir, 'v2')).find((name) => name.endsWith('Client.js'));
  if (!clientFile) throw new Error(`${packageName} has no v2/*Client.js`);
  // The builders are in the ParamCreater object, after the client class's methods of the same names.
  const clientSource = readFileSync(join(packageDir, 'v2', clientFile), 'utf8');
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
  names(): Record<string, string>;
  types(): Record<string, unknown>;
}

/**
 * An Alibaba Cloud SDK request, read from its model's `names()`/`types()` and from its client's
 * `<operation>WithOptions` builder, which says which members travel in the query and which in
 * the body.
 */
function alibabaSdkRequest(packageName: string, requestClass: string): SdkRequest {
  const model = require(packageName)[requestClass] as AlibabaModel | undefined;
  if (!model) throw new Error(`${packageName} exports no ${requestClass}`);
  const builder = methodSource(readFileSync(require.resolve(packageName), 'utf8'), `${operationName(requestClass)}WithOptions`);
  const queryParameters = [...builder.matchAll(/query\["(\w+)"\] =/g)].map((m) => m[1]);
  const bodyFields = [...builder.matchAll(/body\["(\w+)"\] =/g)].map((m) => m[1]);
  const types = model.types();
  const fields = Object.entries(model.names()).flatMap(([member, name]) => {
    if (queryParameters.includes(name)) return [`query:${name}`];
    if (bodyFields.includes(name)) return alibabaFields(name, types[member]);
    throw new Error(`${requestClass}.${member} is neither query nor body in ${packageName}`);
  });
  return { route: `${captured(builder, /\bmethod: "(\w+)"/)} ${captured(builder, /\bpathname: `([^`]+)`/)}`, fields };
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

/** The first group of `pattern` in `source`; a builder that does not match is an SDK this reader does not know. */
function captured(source: string, pattern: RegExp): string {
  const value = pattern.exec(source)?.[1];
  if (value === undefined) throw new Error(`${pattern} does not match the request builder:\n${source.slice(0, 200)}`);
  return value;
}
