// The signers' hashing on Node.js (node:crypto) and everywhere else (WebCrypto) gives the published test vectors.
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, nodeCryptoHashing, sha256Hex, webCryptoHashing } from '../../packages/core/src/crypto.ts';
import { nodeCrypto } from '../../packages/core/src/node-builtins.ts';

const implementations = [
  ['node:crypto', nodeCrypto() && nodeCryptoHashing(nodeCrypto()!)],
  ['WebCrypto', webCryptoHashing],
  ['the one the signers use', { sha256Hex, hmacSha256Hex }],
] as const;

// FIPS 180-2 (SHA-256) and RFC 4231 test case 2 (HMAC-SHA256), plus UTF-8 text (from Python's hashlib) and raw bytes.
const sha256Cases: [string, { given: string | Uint8Array; want: string }][] = [
  ['the empty string', { given: '', want: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }],
  ['"abc"', { given: 'abc', want: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' }],
  ['UTF-8 text', { given: 'ü', want: '607474ca475a9724d7360aba71a56d5df77e61350e3f724cfa1f46e857e2d85f' }],
  ['the bytes of "abc"', { given: new TextEncoder().encode('abc'), want: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' }],
];

describe.each(implementations)('%s', (_, hashing) => {
  it('is available on Node.js', () => {
    expect(hashing).toBeDefined();
  });

  it.each(sha256Cases)('hashes %s', async (_, { given, want }) => {
    expect(await hashing!.sha256Hex(given)).toBe(want);
  });

  it('computes the RFC 4231 HMAC-SHA256 of test case 2', async () => {
    expect(await hashing!.hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });
});
