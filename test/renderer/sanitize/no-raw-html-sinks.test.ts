// SECURITY.md check 20: HTML reaches the DOM through one reviewed component only.
// Complements the eslint rule with a plain text scan that comments, casts or string
// property access (`el['inner' + 'HTML']` aside) cannot slip past.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const SCANNED = ['renderer', 'electron', 'shared'];
const ALLOWED = new Set(['renderer/components/SafeHtml.tsx']);
const SINKS = /dangerouslySetInnerHTML|\.innerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write\b|createContextualFragment/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(tsx?|jsx?|mjs|cjs|html)$/.test(entry.name) ? [path] : [];
  });
}

describe('raw HTML sinks', () => {
  it('appear only in SafeHtml.tsx', () => {
    const offenders = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((path) => !ALLOWED.has(path))
      .flatMap((path) =>
        readFileSync(join(ROOT, path), 'utf8')
          .split('\n')
          .flatMap((line, i) => (SINKS.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });

  it('are used by SafeHtml.tsx (the scan looks at the right files)', () => {
    expect(readFileSync(join(ROOT, 'renderer/components/SafeHtml.tsx'), 'utf8')).toMatch(SINKS);
  });
});
