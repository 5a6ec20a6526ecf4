// Proxy settings as curl reads them: which variables, which hosts NO_PROXY sends direct, and a proxy's own credentials.
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../../packages/core/src/errors.ts';
import { bypassesProxy, proxyAuthorization, proxyFor, proxySettingsOf } from '../../packages/core/src/proxy.ts';

describe('proxySettingsOf', () => {
  it.each<[string, { given: Record<string, string>; want: { https?: string; http?: string; noProxy: string[] } }]>([
    ['nothing set', { given: {}, want: { noProxy: [] } }],
    [
      'upper case',
      {
        given: { HTTPS_PROXY: 'http://proxy:3128', HTTP_PROXY: 'http://plain:8080', NO_PROXY: 'a.example, .b.example' },
        want: { https: 'http://proxy:3128/', http: 'http://plain:8080/', noProxy: ['a.example', '.b.example'] },
      },
    ],
    ['lower case wins, as in curl', { given: { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' }, want: { https: 'http://lower:1/', noProxy: [] } }],
    ['a proxy without a scheme is http', { given: { HTTPS_PROXY: 'proxy.corp:3128' }, want: { https: 'http://proxy.corp:3128/', noProxy: [] } }],
  ])('%s', (_, { given, want }) => {
    const settings = proxySettingsOf(given);
    expect({ https: settings.https?.href, http: settings.http?.href, noProxy: settings.noProxy }).toEqual({ https: want.https, http: want.http, noProxy: want.noProxy });
  });

  it.each<[string, Record<string, string>, string]>([
    ['a SOCKS proxy', { HTTPS_PROXY: 'socks5://proxy:1080' }, 'HTTPS_PROXY'],
    ['not a URL', { HTTP_PROXY: 'http://[::1' }, 'HTTP_PROXY'],
  ])('refuses %s, naming the variable', (_, given, option) => {
    expect(() => proxySettingsOf(given)).toThrow(InvalidOptionError);
    try {
      proxySettingsOf(given);
    } catch (error) {
      expect((error as InvalidOptionError).option).toBe(option);
    }
  });
});

describe('NO_PROXY', () => {
  it.each<[string, { target: string; noProxy: string[]; want: boolean }]>([
    ['the host itself', { target: 'https://dms.cn-north-4.myhuaweicloud.com/', noProxy: ['dms.cn-north-4.myhuaweicloud.com'], want: true }],
    ['a domain it is under', { target: 'https://dms.cn-north-4.myhuaweicloud.com/', noProxy: ['myhuaweicloud.com'], want: true }],
    ['a domain with a leading dot', { target: 'https://dms.cn-north-4.myhuaweicloud.com/', noProxy: ['.myhuaweicloud.com'], want: true }],
    ['a domain with a leading *.', { target: 'https://rocketmq.cn-hangzhou.aliyuncs.com/', noProxy: ['*.aliyuncs.com'], want: true }],
    ['a longer name that only ends the same', { target: 'https://evilmyhuaweicloud.com/', noProxy: ['myhuaweicloud.com'], want: false }],
    ['the right port', { target: 'http://127.0.0.1:8080/', noProxy: ['127.0.0.1:8080'], want: true }],
    ['another port', { target: 'http://127.0.0.1:8081/', noProxy: ['127.0.0.1:8080'], want: false }],
    ['the default port spelt out', { target: 'https://example.com/', noProxy: ['example.com:443'], want: true }],
    ['an IPv6 host', { target: 'http://[::1]:80/', noProxy: ['::1'], want: true }],
    ['*', { target: 'https://anything.example/', noProxy: ['*'], want: true }],
    ['an unrelated host', { target: 'https://example.com/', noProxy: ['example.org'], want: false }],
  ])('%s', (_, { target, noProxy, want }) => {
    expect(bypassesProxy(new URL(target), noProxy)).toBe(want);
  });

  it('sends a target through the proxy of its protocol, unless NO_PROXY says direct', () => {
    const settings = proxySettingsOf({ HTTPS_PROXY: 'http://secure:3128', HTTP_PROXY: 'http://plain:8080', NO_PROXY: 'direct.example' });
    expect(proxyFor(new URL('https://a.example/'), settings)?.host).toBe('secure:3128');
    expect(proxyFor(new URL('http://a.example/'), settings)?.host).toBe('plain:8080');
    expect(proxyFor(new URL('https://direct.example/'), settings)).toBeUndefined();
    expect(proxyFor(new URL('http://a.example/'), proxySettingsOf({ HTTPS_PROXY: 'http://secure:3128' }))).toBeUndefined();
  });
});

it('sends the proxy its own credentials as Basic authentication, decoded', () => {
  expect(proxyAuthorization(new URL('http://alice:p%40ss@proxy:3128'))).toEqual({ 'proxy-authorization': `Basic ${btoa('alice:p@ss')}` });
  expect(proxyAuthorization(new URL('http://proxy:3128'))).toEqual({});
});
