// A stand-in for the npm registry on 127.0.0.1, enough for `npm audit` to run offline: it
// answers the bulk advisory request (POST /-/npm/v1/security/advisories/bulk, what npm 7+
// sends) with the advisories it is given, and serves packuments built from a
// package-lock.json, which npm's metavuln calculator fetches for each vulnerable package and
// its dependents. With `refuse: true` the advisory request gets what this workplace's registry
// access answers: 405 Method Not Allowed, Allow: GET,HEAD, an empty body.
// Used by test/scripts/audit-gate.test.ts and by test/fixtures/audit/record.ts.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

type LockEntry = {
  name?: string;
  version: string;
  link?: boolean;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, object>;
};
type Packument = { name: string; 'dist-tags': { latest?: string }; versions: Record<string, object> };

function packumentsOf(lockfile: string, published: Record<string, string[]>): Map<string, Packument> {
  const { packages } = JSON.parse(readFileSync(lockfile, 'utf8')) as { packages: Record<string, LockEntry> };
  const byName = new Map<string, Packument>();
  for (const [key, entry] of Object.entries(packages)) {
    if (!key || entry.link) continue;
    const name = entry.name ?? key.replace(/^.*node_modules\//, '');
    const doc: Packument = byName.get(name) ?? { name, 'dist-tags': {}, versions: {} };
    doc.versions[entry.version] = {
      name,
      version: entry.version,
      dependencies: entry.dependencies ?? {},
      optionalDependencies: entry.optionalDependencies ?? {},
      peerDependencies: entry.peerDependencies ?? {},
      peerDependenciesMeta: entry.peerDependenciesMeta ?? {},
      dist: { integrity: entry.integrity, tarball: `http://127.0.0.1/${name}/-/${name.split('/').pop()}-${entry.version}.tgz` },
    };
    // The hoisted copy stands for "latest": without a semver library any choice is a guess.
    if (key === `node_modules/${name}` || !doc['dist-tags'].latest) doc['dist-tags'].latest = entry.version;
    byName.set(name, doc);
  }
  for (const [name, versions] of Object.entries(published)) {
    const doc = byName.get(name);
    if (!doc) throw new Error(`published: ${name} is not in ${lockfile}`);
    for (const version of versions) {
      doc.versions[version] = { ...doc.versions[doc['dist-tags'].latest ?? ''], version, dist: { tarball: `http://127.0.0.1/${name}/-/${name.split('/').pop()}-${version}.tgz` } };
      doc['dist-tags'].latest = version;
    }
  }
  return byName;
}

export interface AdvisoryRegistry {
  url: string;
  /** The package names npm's last bulk advisory request listed. */
  asked(): Set<string>;
  close(): Promise<void>;
}

/**
 * advisories: the bulk answer, by package name; published: versions to offer beyond the
 * lockfile's (the latest given last), e.g. a release that fixes an advisory.
 */
export async function startAdvisoryRegistry({
  lockfile,
  advisories = {},
  published = {},
  refuse = false,
}: {
  lockfile: string;
  advisories?: Record<string, object[]>;
  published?: Record<string, string[]>;
  refuse?: boolean;
}): Promise<AdvisoryRegistry> {
  const packuments = packumentsOf(lockfile, published);
  let asked = new Set<string>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      if (req.method === 'POST' && path === '/-/npm/v1/security/advisories/bulk') {
        if (refuse) {
          res.writeHead(405, { allow: 'GET,HEAD', 'content-length': '0' });
          return res.end();
        }
        let body = Buffer.concat(chunks);
        if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
        const wanted = JSON.parse(body.toString('utf8')) as Record<string, string[]>;
        asked = new Set(Object.keys(wanted));
        const answer = Object.fromEntries(Object.entries(advisories).filter(([name]) => asked.has(name)));
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify(answer));
      }
      const doc = req.method === 'GET' ? packuments.get(path.replace(/^\//, '')) : undefined;
      if (doc) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify(doc));
      }
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"not found"}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    asked: () => asked,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The environment that points npm at the stand-in, with a scratch cache (npm caches advisories). */
export function npmEnvFor(registryUrl: string, cacheDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_registry: registryUrl, npm_config_cache: cacheDir, npm_config_update_notifier: 'false' };
  // Settings a caller's npm run might pass down, which would change what npm audit reports.
  for (const name of Object.keys(env)) if (/^npm_config_(omit|include|audit_level|production|offline)$/i.test(name)) delete env[name];
  return env;
}
