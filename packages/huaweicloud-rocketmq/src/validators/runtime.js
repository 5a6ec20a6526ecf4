// Generated from specs/huaweicloud-rocketmq/openapi.yaml by scripts/generate-client.mjs. Do not edit: run `npm run build`.
// The helpers the validators import: ajv's runtime helpers, copied from ajv, and withError.
export function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}

/** The list with the error added: a new one in place of none (null). */
export function withError(errors, error) {
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}
