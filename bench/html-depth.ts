/**
 * Deep or huge cooked HTML (issue 20): cooked HTML → Markdown (shared/parse/html) on 1 MB
 * of nested markup of several shapes, beside a floor measured in the same run — one pass
 * that removes every `<` and `>` from the same text (a tag-stripping pattern such as
 * `<[^>]*>` would itself be quadratic on the unmatched quotes, which have no `>`) — and on
 * 4 MB of the same shape, to show that the time grows with the size (×4), not with its
 * square (×16). Not a timed test; run `npx tsx bench/html-depth.ts`.
 *
 * Before (quadratic and recursive: a stack search per end tag, a backtracking tag pattern,
 * one recursion per level), 1 MB, on a 2-core machine:
 *   76,923 nested <div>             99.8 s, then "Maximum call stack size exceeded"
 *   50,000 nested <ul><li>         178.8 s, then the same error
 *   37,037 nested <blockquote>      17.1 s, then the same error
 *   111,111 nested <b>              over 200 s (stopped)
 *   166,666 unclosed <span>          0.8 s, then the same error
 *   `<a "` × 50,000 (200 kB)        59.1 s; × 100,000 `<a ` then `'` (300 kB): 209 s
 * After, same machine (this bench; the floor is 17–370 ms):
 *   nested <div> 0.5 s, <ul><li> 0.4 s, <blockquote> 0.3 s, <b> 2.0 s, unclosed <div> 0.5 s,
 *   200,000 sibling <p> 1.0 s, `<a "` × 250,000 0.6 s; 4 MB of each takes 2.6–6.1 times as
 *   long as 1 MB (×4 is linear; garbage collection of the larger tree adds the rest).
 */
import { pathToFileURL } from 'node:url';
import { htmlToMarkdownReport } from '../shared/parse/html/html-to-markdown';
import { median } from './stats';

const SHAPES: [string, string, string][] = [
  ['nested <div>', '<div>x ', '</div>'],
  ['nested <ul><li>', '<ul><li>x ', '</li></ul>'],
  ['nested <blockquote>', '<blockquote>x ', '</blockquote>'],
  ['nested <b>', '<b>x ', '</b>'],
  ['unclosed <div>', '<div>x ', ''],
  ['sibling <p>', '<p>x ', ''],
  ['unmatched quotes', '<a "', ''],
];

const nested = (open: string, close: string, bytes: number) => {
  const n = Math.floor(bytes / (open.length + close.length));
  return `${open.repeat(n)}deepest${close.repeat(n)}`;
};

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Median times of the conversion and of the floor for each shape, at 1 MB and 4 MB. */
export function runHtmlDepthBench(runs = 3): Record<string, { ms1MB: number; floorMs1MB: number; flattened: number; ms4MB: number; growth4x: number }> {
  const out: ReturnType<typeof runHtmlDepthBench> = {};
  for (const [label, open, close] of SHAPES) {
    const small = nested(open, close, 1_000_000);
    const large = nested(open, close, 4_000_000);
    const { flattened } = htmlToMarkdownReport(small);
    const ms1MB = median(Array.from({ length: runs }, () => time(() => htmlToMarkdownReport(small))));
    const floorMs1MB = median(Array.from({ length: runs }, () => time(() => small.replace(/[<>]/g, ''))));
    const ms4MB = median(Array.from({ length: runs }, () => time(() => htmlToMarkdownReport(large))));
    out[label] = { ms1MB: Math.round(ms1MB), floorMs1MB: Math.round(floorMs1MB), flattened, ms4MB: Math.round(ms4MB), growth4x: Number((ms4MB / ms1MB).toFixed(1)) };
  }
  return out;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log('cooked HTML → Markdown, 1 MB and 4 MB of each shape (growth ×4 is linear, ×16 quadratic)');
  console.table(runHtmlDepthBench());
}
