/**
 * The list of forum hosts an SC member has approved for fetching (issue 8). The app asks
 * once per host and remembers the answer in settings; the main process fetches only from
 * hosts on this list.
 *
 * Policy, and why:
 * - Hosts are compared in one normal form — lower case, punycode (what `new URL` produces),
 *   no default port, no trailing dot — so `Discourse.NixOS.org.` and `discourse.nixos.org:443`
 *   are the same approval, and a look-alike Unicode host is never equal to its ASCII twin.
 * - No wildcards: approving `example.org` does not approve `evil.example.org`.
 * - IP literals and `localhost` are refused: an approval prompt is no place to let pasted
 *   text point the app at the member's own machine or local network. Tests of the fetcher
 *   run a server on 127.0.0.1 and opt in with `allowLoopbackForTests`.
 */

/** Every way a host can be refused. */
export type HostErrorCode = 'invalid-host' | 'wildcard' | 'ip-literal' | 'localhost';

/** A host that cannot be approved. */
export class HostError extends Error {
  override readonly name = 'HostError';
  /** Stable machine-readable reason. */
  readonly code: HostErrorCode;

  constructor(code: HostErrorCode, host: string, detail: string) {
    super(`"${host.slice(0, 200)}" ${detail}`);
    this.code = code;
  }
}

/** Options of the host functions. */
export interface HostOptions {
  /** Accept `127.0.0.1`, `[::1]` and `localhost` (local test servers only). */
  allowLoopbackForTests?: boolean;
}

// `new URL` rewrites every IPv4 spelling (0x7f.1, 2130706433) to dotted decimal, so digits and dots suffice.
const IPV4 = /^[\d.]+$/;
const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * The normal form of a host, or of the host of an address: `Bücher.Example:443` →
 * `xn--bcher-kva.example`; a non-default port is kept (`forum.example:8443`).
 * @throws {HostError} for wildcards, IP literals, localhost, and anything that is not a host name.
 */
export function normalizeHost(input: string, options: HostOptions = {}): string {
  const trimmed = input.trim();
  if (trimmed.includes('*')) throw new HostError('wildcard', input, 'contains a wildcard; approve each forum host on its own.');
  if (trimmed === '' || trimmed.length > 300 || /\s/.test(trimmed)) throw new HostError('invalid-host', input, 'is not a host name.');
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    throw new HostError('invalid-host', input, 'is not a host name.');
  }
  if (url.username !== '' || url.password !== '') throw new HostError('invalid-host', input, 'carries a user name or password.');
  const hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  // https is the only scheme fetched, so its default port is the one to drop.
  const port = url.port === '' || url.port === '443' ? '' : `:${url.port}`;
  const host = `${hostname}${port}`;
  if (LOOPBACK.has(hostname) || hostname.endsWith('.localhost')) {
    if (options.allowLoopbackForTests && LOOPBACK.has(hostname)) return host;
    throw new HostError('localhost', input, 'is this computer itself; only forum hosts can be approved.');
  }
  if (hostname.startsWith('[') || IPV4.test(hostname)) {
    throw new HostError('ip-literal', input, 'is an IP address; approve the forum by its host name.');
  }
  if (!hostname.split('.').every(isDnsLabel)) {
    throw new HostError('invalid-host', input, 'is not a host name.');
  }
  return host;
}

/** True when `host` (or the host of an address) is on the approved list. Never throws: a host that cannot be normalised is not approved. */
export function isHostApproved(list: readonly string[], host: string, options: HostOptions = {}): boolean {
  let normal: string;
  try {
    normal = normalizeHost(host, options);
  } catch {
    return false;
  }
  return list.some((entry) => {
    try {
      return normalizeHost(entry, options) === normal;
    } catch {
      return false;
    }
  });
}

/**
 * A new list with `host` approved: normalised, without duplicates, sorted so that the stored
 * setting does not change when nothing changed. Entries of `list` that are no longer valid are dropped.
 * @throws {HostError} when `host` cannot be approved.
 */
export function approveHost(list: readonly string[], host: string, options: HostOptions = {}): string[] {
  return normalizeList([...list, normalizeHost(host, options)], options);
}

/** A new list without `host`. Unknown or invalid hosts leave the list as it is (normalised). */
export function revokeHost(list: readonly string[], host: string, options: HostOptions = {}): string[] {
  let normal: string | null = null;
  try {
    normal = normalizeHost(host, options);
  } catch {
    normal = null;
  }
  return normalizeList(list, options).filter((entry) => entry !== normal);
}

/** A DNS label as `new URL` leaves it (lower case, punycode): letters, digits, inner hyphens, at most 63 characters. */
function isDnsLabel(label: string): boolean {
  return label.length >= 1 && label.length <= 63 && /^[a-z0-9-]+$/.test(label) && !label.startsWith('-') && !label.endsWith('-');
}

function normalizeList(list: readonly string[], options: HostOptions): string[] {
  const hosts = new Set<string>();
  for (const entry of list) {
    try {
      hosts.add(normalizeHost(entry, options));
    } catch {
      // A hand-edited or older setting may hold an entry this version refuses; it approves nothing.
    }
  }
  return [...hosts].sort();
}
