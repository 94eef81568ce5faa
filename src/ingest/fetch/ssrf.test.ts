import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkUrl, guardedLookup, isForbiddenAddress } from './ssrf.ts';

test('forbidden address ranges', () => {
  for (const address of [
    '127.0.0.1', '10.2.3.4', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255',
    '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::10.0.0.1',
  ]) assert.equal(isForbiddenAddress(address), true, address);
  for (const address of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) {
    assert.equal(isForbiddenAddress(address), false, address);
  }
});

test('checkUrl: schemes, credentials, IP literals, resolved names', async () => {
  assert.equal((await checkUrl('ftp://example.com/', false)).ok, false);
  assert.equal((await checkUrl('http://user:pw@example.com/', false)).ok, false);
  const literal = await checkUrl('http://[::1]:8080/', false);
  assert.equal(!literal.ok && literal.ruleId, 'ingest/ssrf');
  const named = await checkUrl('http://metadata.internal/', false, async () => ['8.8.8.8', '169.254.169.254']);
  assert.equal(!named.ok && named.ruleId, 'ingest/ssrf');
  assert.equal((await checkUrl('http://example.test/', false, async () => ['93.184.216.34'])).ok, true);
  assert.equal((await checkUrl('http://127.0.0.1/', true)).ok, true);
});

test('the connect-time lookup refuses a name that resolves to loopback (no rebinding window)', async () => {
  const lookup = guardedLookup(false);
  const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => lookup('localhost', {}, (e) => resolve(e)));
  assert.equal(error?.code, 'ESSRF');
  const allowed = guardedLookup(true);
  const address = await new Promise<string>((resolve, reject) => allowed('localhost', {}, (e, a) => (e ? reject(e) : resolve(String(a)))));
  assert.ok(isForbiddenAddress(address));
});
