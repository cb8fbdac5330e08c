import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostSettingsStore } from '../../../../electron/main/discourse/settings-store';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sd-hosts-'));
  file = join(dir, 'discourse-hosts.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the approved-hosts settings', () => {
  it('approves nothing before the first approval', async () => {
    const store = createHostSettingsStore(file);
    expect(await store.list()).toEqual([]);
    expect(await store.isApproved('discourse.nixos.org')).toBe(false);
  });

  it('remembers an approval across store instances', async () => {
    await createHostSettingsStore(file).approve('discourse.nixos.org');
    expect(await createHostSettingsStore(file).isApproved('discourse.nixos.org')).toBe(true);
  });

  it('stores hosts in one normal form, so any spelling of a host is the same approval', async () => {
    const store = createHostSettingsStore(file);
    await store.approve('Discourse.NixOS.org.');
    await store.approve('https://discourse.nixos.org:443/t/x/1');
    expect(await store.list()).toEqual(['discourse.nixos.org']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, approvedHosts: ['discourse.nixos.org'] });
  });

  it('does not approve sub-domains of an approved host', async () => {
    const store = createHostSettingsStore(file);
    await store.approve('example.org');
    expect(await store.isApproved('evil.example.org')).toBe(false);
  });

  it('refuses to approve an IP address', async () => {
    await expect(createHostSettingsStore(file).approve('192.168.1.10')).rejects.toMatchObject({ code: 'ip-literal' });
    await expect(readFile(file, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('forgets a revoked host', async () => {
    const store = createHostSettingsStore(file);
    await store.approve('a.example.org');
    await store.approve('b.example.org');
    expect(await store.revoke('a.example.org')).toEqual(['b.example.org']);
    expect(await store.isApproved('a.example.org')).toBe(false);
  });

  it('treats a damaged file as approving nothing, and replaces it on the next approval', async () => {
    await writeFile(file, '{"version": 1, "approvedHosts": [');
    const store = createHostSettingsStore(file);
    expect(await store.isApproved('discourse.nixos.org')).toBe(false);
    await store.approve('discourse.nixos.org');
    expect(await store.list()).toEqual(['discourse.nixos.org']);
  });

  it('ignores entries this version refuses, such as a hand-added IP address', async () => {
    await writeFile(file, JSON.stringify({ version: 1, approvedHosts: ['10.0.0.1', 'forum.example.org'] }));
    const store = createHostSettingsStore(file);
    expect(await store.list()).toEqual(['forum.example.org']);
    expect(await store.isApproved('10.0.0.1')).toBe(false);
  });
});
