/**
 * SSRF guard: URL ingestion must not reach the machine itself or its private networks
 * (cloud metadata at 169.254.169.254, admin panels on 10/8, …). Only http and https; the
 * host is resolved and every address checked, on every redirect hop. `guardedLookup` is
 * the DNS function the HTTP agent connects with, so the address checked is the address
 * connected to (no DNS-rebinding window between check and connect).
 */
import { lookup as dnsLookup } from 'node:dns';
import { promises as dns } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

const FORBIDDEN = new BlockList();
// IPv4: this network, loopback, private, CGNAT, link-local, IETF protocol, TEST-NETs, benchmarking, multicast, reserved, broadcast.
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['127.0.0.0', 8], ['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], ['100.64.0.0', 10],
  ['169.254.0.0', 16], ['192.0.0.0', 24], ['192.0.2.0', 24], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) FORBIDDEN.addSubnet(net, prefix, 'ipv4');
// IPv6: unspecified, loopback, unique-local, link-local, site-local (deprecated), multicast, documentation, NAT64 and 6to4 wrap IPv4 (checked below).
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8], ['2001:db8::', 32],
] as const) FORBIDDEN.addSubnet(net, prefix, 'ipv6');

/** The IPv4 address an IPv6 address wraps (IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible, NAT64 `64:ff9b::/96`), if any. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex?.[1] && hex[2]) {
    const hi = parseInt(hex[1], 16);
    const lo = parseInt(hex[2], 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return null;
}

/** True for addresses URL ingestion must not connect to. */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return FORBIDDEN.check(address, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIpv4(address);
    if (v4) return FORBIDDEN.check(v4, 'ipv4');
    return FORBIDDEN.check(address, 'ipv6');
  }
  return true; // not an IP at all: refuse rather than guess
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; ruleId: string; reason: string };

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/** Resolves a host name to all its addresses (replaceable in tests). */
export type HostResolver = (host: string) => Promise<string[]>;

export const systemResolver: HostResolver = async (host) => (await dns.lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** Scheme and (unless allowPrivate) resolved-address check for one URL. Never throws. */
export async function checkUrl(raw: string, allowPrivate: boolean, resolve: HostResolver = systemResolver): Promise<UrlCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, ruleId: 'ingest/bad-url', reason: `Not a valid URL: ${raw}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, ruleId: 'ingest/bad-url', reason: `Only http and https URLs are fetched, not ${url.protocol}` };
  }
  if (url.username || url.password) return { ok: false, ruleId: 'ingest/bad-url', reason: 'URLs with credentials are refused.' };
  if (allowPrivate) return { ok: true, url };
  const host = hostOf(url);
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch (error) {
    return { ok: false, ruleId: 'ingest/dns', reason: `Cannot resolve ${host}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  const bad = addresses.find(isForbiddenAddress);
  if (bad !== undefined) {
    return {
      ok: false,
      ruleId: 'ingest/ssrf',
      reason: `${bad === host ? host : `${host} resolves to ${bad}, which`} is a loopback, private, link-local or multicast address; refused (pass --allow-private to allow).`,
    };
  }
  return { ok: true, url };
}

/**
 * A `lookup` for net/tls connect that resolves and refuses forbidden addresses, so the
 * socket connects only to an address that passed the check.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as { address: string; family: number }[];
      const bad = allowPrivate ? undefined : list.find((a) => isForbiddenAddress(a.address));
      if (bad) {
        const refusal = Object.assign(new Error(`SSRF guard: ${hostname} resolves to forbidden address ${bad.address}`), { code: 'ESSRF' });
        return callback(refusal, '', 0);
      }
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`No address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      // net asks for all addresses when autoSelectFamily is on; otherwise for one.
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      callback(null, first.address, first.family);
    });
  };
}
