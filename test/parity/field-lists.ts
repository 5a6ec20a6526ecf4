// What one field list has that another lacks, a missing object or array standing for all of its members.

/**
 * The fields of `fields` that `other` lacks, sorted. A member (`bss_param.order_id`,
 * `tags[].key`) is listed only when `other` has its parent: when the parent is missing too,
 * the parent alone is listed and stands for everything under it.
 */
export function fieldsMissingFrom(fields: string[], other: string[]): string[] {
  const present = new Set(other);
  return fields
    .filter((field) => {
      const parent = parentOf(field);
      return !present.has(field) && (parent === undefined || present.has(parent));
    })
    .sort();
}

/** `a.b[].c` → `a.b`, `a.b` → `a`, `name` and `path:engine` → undefined. */
function parentOf(field: string): string | undefined {
  const parent = field.replace(/(\[\])?\.[^.]+$/, '');
  return parent === field ? undefined : parent;
}
