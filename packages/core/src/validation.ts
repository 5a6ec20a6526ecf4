// Runs the precompiled (ajv standalone) validators of an operation and turns their errors into ValidationIssues.
import { type ValidationIssue, RequestValidationError } from './errors.js';

/** The shape of an ajv standalone validator: a predicate that leaves its errors on itself. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

/** The parts of an ajv error this module reads. */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** What a request carries that an operation's validators check. */
export interface RequestParts {
  path?: unknown;
  query?: unknown;
  body?: unknown;
}

export interface RequestValidators {
  path?: CompiledValidator;
  query?: CompiledValidator;
  body?: CompiledValidator;
}

/** Throws RequestValidationError listing every broken rule when a part of the request is invalid. */
export function assertValidRequest(operation: string, validators: RequestValidators, parts: RequestParts): void {
  const issues: ValidationIssue[] = [];
  for (const location of ['path', 'query', 'body'] as const) {
    const validate = validators[location];
    if (validate && !validate(parts[location] ?? (location === 'body' ? undefined : {}))) {
      issues.push(...validationIssues(location, validate.errors ?? []));
    }
  }
  if (issues.length > 0) throw new RequestValidationError(operation, issues);
}

/**
 * The ajv errors that name a broken rule: the `if` wrapper around a failed `then` and the branch
 * errors under a failed anyOf/oneOf are dropped (the anyOf/oneOf error itself stays).
 */
export function brokenRules(errors: AjvError[]): AjvError[] {
  const failedAlternatives = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => `${e.schemaPath}/`);
  return errors.filter((e) => e.keyword !== 'if' && !failedAlternatives.some((prefix) => e.schemaPath.startsWith(prefix)));
}

/** ajv errors as issues. Messages describe the rule and never quote the value, so a secret cannot leak through them. */
export function validationIssues(location: string, errors: AjvError[]): ValidationIssue[] {
  return brokenRules(errors).map((e) => {
    const field = (e.params.missingProperty ?? e.params.unevaluatedProperty ?? e.params.additionalProperty) as string | undefined;
    const path = `/${location}${e.instancePath}${field === undefined ? '' : `/${field}`}`;
    return { path, rule: e.keyword, message: describeRule(e) };
  });
}

function describeRule(error: AjvError): string {
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'dependentRequired':
      return `is required together with ${String(error.params.property)}`;
    case 'unevaluatedProperties':
    case 'additionalProperties':
      return 'is not a documented field';
    case 'false schema':
    case 'not':
      return 'is not allowed in this combination (see the field description)';
    case 'enum':
      return `must be one of ${JSON.stringify(error.params.allowedValues)}`;
    case 'const':
      return `must be ${JSON.stringify(error.params.allowedValue)}`;
    case 'pattern':
      // The pattern of a password spells out its special characters, which a password may share: not quoted.
      return 'does not have the documented format (see the field description)';
    case 'type':
      return `must be ${Array.isArray(error.params.type) ? error.params.type.join(' or ') : String(error.params.type)}`;
    case 'minLength':
    case 'maxLength':
      return `must have ${error.keyword === 'minLength' ? 'at least' : 'at most'} ${String(error.params.limit)} characters`;
    case 'minItems':
    case 'maxItems':
      return `must have ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${String(error.params.limit)} items`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(error.params.comparison)} ${String(error.params.limit)}`;
    case 'multipleOf':
      return `must be a multiple of ${String(error.params.multipleOf)}`;
    case 'uniqueItems':
      return 'must not repeat an item';
    case 'format':
      return `must be a valid ${String(error.params.format)}`;
    case 'anyOf':
    case 'oneOf':
      return 'matches none of the documented alternatives (see the field description)';
    default:
      // The validators carry no messages of their own (a smaller package): the rule and its parameters say it.
      return `breaks the ${error.keyword} rule ${JSON.stringify(error.params)}`;
  }
}
