/**
 * Browser side of `npm run bench -- triage`: the app's item search and item list beside
 * the floors measured on the same data in the same page — bare FlexSearch (forward
 * tokenizer) and MiniSearch (prefix + fuzzy) for search, a bare @tanstack/react-virtual
 * list for the first frame. Bundled by bench/triage.ts; exposes functions on `window`.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ItemId, TagRow, TeamId } from '../shared/model';
import { ItemList } from '../renderer/features/items/ItemList';
import { createItemIndex, itemSearchDoc } from '../renderer/lib/search/item-search';
import { makeTriageData } from './triage-data';
import '../renderer/styles/app.css';
import '../renderer/styles/triage.css';

export type Latency = { p50: number; p95: number; hits: number };
export type SearchBench = { buildMs: number; one: Latency; two: Latency };
export type FrameBench = { commitMs: number; frameMs: number; rows: number };

const LIMIT = 200;
const WARMUP = 200;

function latency(queries: string[], run: (q: string) => number): Latency {
  for (const q of queries.slice(0, WARMUP)) run(q);
  const times: number[] = [];
  let hits = 0;
  for (const q of queries.slice(WARMUP)) {
    const t0 = performance.now();
    hits += run(q);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), hits: hits / times.length };
}

function benchSearch(which: 'app' | 'flexsearch' | 'minisearch'): SearchBench {
  const { items, teams, oneWord, twoWord } = makeTriageData();
  const names = new Map<string, string>(teams.map((t) => [t.id, t.name]));
  const teamName = (id: TeamId) => names.get(id);
  const docs = items.map((i) => itemSearchDoc(i, teamName));
  if (which === 'app') {
    const t0 = performance.now();
    const index = createItemIndex();
    index.sync(docs);
    index.search('warm'); // the vocabulary is sorted on first use: count it in the build
    const buildMs = performance.now() - t0;
    const run = (q: string) => index.search(q, { limit: LIMIT })?.ids.length ?? 0;
    return { buildMs, one: latency(oneWord, run), two: latency(twoWord, run) };
  }
  if (which === 'flexsearch') {
    const t0 = performance.now();
    const index = new Index({ tokenize: 'forward' });
    docs.forEach((d, i) => index.add(i, d.fields.join(' \n ')));
    const buildMs = performance.now() - t0;
    const run = (q: string) => (index.search(q, { limit: LIMIT }) as unknown[]).length;
    return { buildMs, one: latency(oneWord, run), two: latency(twoWord, run) };
  }
  const t0 = performance.now();
  const mini = new MiniSearch<{ id: number; text: string; team: string; notes: string }>({ fields: ['text', 'team', 'notes'] });
  mini.addAll(docs.map((d, i) => ({ id: i, text: d.fields[0]!, team: d.fields[1]!, notes: d.fields[2]! })));
  const buildMs = performance.now() - t0;
  const run = (q: string) => mini.search(q, { prefix: true, fuzzy: 0.2, combineWith: 'AND' }).slice(0, LIMIT).length;
  return { buildMs, one: latency(oneWord, run), two: latency(twoWord, run) };
}

function BareList({ count }: { count: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count, getScrollElement: () => ref.current, estimateSize: () => 64, overscan: 8 });
  return (
    <div ref={ref} style={{ height: 800, overflow: 'auto' }}>
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((r) => (
          <div key={r.key} style={{ position: 'absolute', top: 0, left: 0, right: 0, height: 64, transform: `translateY(${r.start}px)` }}>
            <span>Item {r.index}</span> <span>Team {r.index % 40}</span> <span>new</span>
          </div>
        ))}
      </div>
    </div>
  );
}

function benchList(which: 'app' | 'floor'): Promise<FrameBench> {
  const { items, teams } = makeTriageData();
  const names = new Map<string, string>(teams.map((t) => [t.id, t.name]));
  const tags = new Map<string, TagRow>();
  const host = document.getElementById('root')!;
  return new Promise((resolve) => {
    let commitMs = 0;
    const t0 = performance.now();
    function Probe({ children }: { children: ReactNode }) {
      useLayoutEffect(() => {
        commitMs = performance.now() - t0;
        requestAnimationFrame(() => setTimeout(() => resolve({ commitMs, frameMs: performance.now() - t0, rows: host.querySelectorAll('[role="option"], [style*="translateY"]').length }), 0));
      }, []);
      return <>{children}</>;
    }
    const list =
      which === 'app' ? (
        <div className="items-layout" style={{ height: 800 }}>
          <div className="item-list-pane">
            <ItemList
              items={items}
              activeId={null as ItemId | null}
              selected={new Set()}
              match={null}
              teamName={(id) => names.get(id)}
              tags={tags}
              memberName={() => undefined}
              me={null}
              onActivate={() => {}}
              onToggle={() => {}}
              label="Items"
            />
          </div>
        </div>
      ) : (
        <BareList count={items.length} />
      );
    createRoot(host).render(<Probe>{list}</Probe>);
  });
}

Object.assign(window, { benchSearch, benchList, isolated: () => crossOriginIsolated });
