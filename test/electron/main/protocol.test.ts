import { mkdtemp, mkdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { createAppProtocolHandler, resolveAppFile, CONTENT_SECURITY_POLICY } = await import('../../../electron/main/protocol');

let base: string;
let root: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'sd-protocol-')));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'secret');
  await symlink(join(base, 'secret.txt'), join(root, 'link-out.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('resolveAppFile', () => {
  it('serves files inside the renderer folder', async () => {
    expect(await resolveAppFile('app://steering/index.html', root)).toBe(join(root, 'index.html'));
    expect(await resolveAppFile('app://steering/', root)).toBe(join(root, 'index.html'));
    expect(await resolveAppFile('app://steering/assets/app.js?v=1', root)).toBe(join(root, 'assets', 'app.js'));
  });

  it.each([
    'app://steering/../secret.txt',
    'app://steering/%2e%2e/secret.txt',
    'app://steering/%2e%2e%2fsecret.txt',
    'app://steering/assets/..%2f..%2fsecret.txt',
    'app://steering/..%5csecret.txt',
    'app://steering/link-out.txt',
    'app://steering/index.html%00.js',
    'app://other/index.html',
    'https://steering/index.html',
    'app://steering/missing.js',
  ])('refuses %s', async (url) => {
    expect(await resolveAppFile(url, root)).toBeNull();
  });
});

describe('createAppProtocolHandler', () => {
  it('answers with the file, its type and the CSP header', async () => {
    const handler = createAppProtocolHandler(root);
    const res = await handler(new Request('app://steering/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toContain('<title>app</title>');
  });

  it('answers traversal attempts with an error response', async () => {
    const handler = createAppProtocolHandler(root);
    const res = await handler(new Request('app://steering/%2e%2e/secret.txt'));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('secret');
  });

  it('sends a policy without inline or eval script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' data: blob:");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
