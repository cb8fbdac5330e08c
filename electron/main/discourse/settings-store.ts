/**
 * The forum hosts an SC member has approved for fetching (issue 8), remembered in
 * `<userData>/discourse-hosts.json` so the native prompt is shown once per host.
 *
 * Policy, and why:
 * - The file is read again on every question, so a host revoked by hand (or by another
 *   window) is never trusted from a stale copy in memory.
 * - A damaged or unreadable file approves nothing: the member is simply asked again, and
 *   the next approval replaces the damaged file. Failing closed is the safe direction
 *   for an allow-list.
 * - Hosts are stored in the one normal form of shared/net/host-allow-list (lower case,
 *   punycode, no default port), sorted, so equal lists give equal files.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { approveHost, isHostApproved, revokeHost, type HostOptions } from '../../../shared/net/host-allow-list';
import { writeFileAtomic } from '../atomic-write';

/** Read and change the list of approved forum hosts. */
export interface HostSettingsStore {
  /** Approved hosts, normalised and sorted. */
  list(): Promise<string[]>;
  /** True when `host` (or the host of an address) is approved. */
  isApproved(host: string): Promise<boolean>;
  /**
   * Approve `host` and remember it; returns the new list.
   * @throws {HostError} when the host cannot be approved (IP literal, localhost, wildcard…).
   */
  approve(host: string): Promise<string[]>;
  /** Forget an approval; returns the new list. */
  revoke(host: string): Promise<string[]>;
}

const fileShape = z.looseObject({
  version: z.literal(1),
  approvedHosts: z.array(z.string().max(300)).max(10_000),
});

/** A store backed by the JSON file at `filePath` (fixed by main, never taken from the renderer). */
export function createHostSettingsStore(filePath: string, options: HostOptions = {}): HostSettingsStore {
  const load = async (): Promise<string[]> => {
    let text: string;
    try {
      // eslint-disable-next-line security/detect-non-literal-fs-filename -- path chosen by main under userData
      text = await readFile(filePath, 'utf8');
    } catch {
      return [];
    }
    const parsed = fileShape.safeParse(safeJson(text));
    return parsed.success ? parsed.data.approvedHosts : [];
  };
  const save = async (hosts: string[]): Promise<string[]> => {
    await writeFileAtomic(filePath, `${JSON.stringify({ version: 1, approvedHosts: hosts }, null, 2)}\n`);
    return hosts;
  };
  return {
    // revokeHost of an impossible host only normalises: it drops entries this version refuses.
    list: async () => revokeHost(await load(), '', options),
    isApproved: async (host) => isHostApproved(await load(), host, options),
    approve: async (host) => save(approveHost(await load(), host, options)),
    revoke: async (host) => save(revokeHost(await load(), host, options)),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
