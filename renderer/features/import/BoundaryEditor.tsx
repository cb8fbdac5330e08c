import { useEffect, useMemo, useState } from 'react';
import { splitPlainText, type SplitCandidate } from '../../../shared/parse';
import type { InputFile } from '../../../shared/parse/types';
import { teamRegistry } from '../../db/repos/import-repo';
import { useImportSplits } from '../../store';
import { correctSplit } from './actions';

type Line = { offset: number; text: string; candidate?: SplitCandidate };

function textOf(file: InputFile): string {
  const raw = 'text' in file ? file.text : new TextDecoder('utf-8').decode(file.bytes);
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Text copied from a browser has lost its post boundaries; the importer guesses them.
 * Here the member sees every line and ticks where a new post starts (merge = untick,
 * split = tick), and the file is read again with that split.
 */
export function BoundaryEditor({ file }: { file: InputFile }) {
  const splits = useImportSplits()[file.name];
  const [auto, setAuto] = useState<{ starts: number[]; candidates: SplitCandidate[] } | null>(null);
  const text = useMemo(() => textOf(file), [file]);

  useEffect(() => {
    let live = true;
    void teamRegistry().then((teams) => {
      if (!live) return;
      const split = splitPlainText(text, teams);
      setAuto({ starts: split.starts.map((s) => s.offset), candidates: split.candidates });
    });
    return () => {
      live = false;
    };
  }, [text]);

  const lines = useMemo(() => {
    const out: Line[] = [];
    const byOffset = new Map((auto?.candidates ?? []).map((c) => [c.offset, c]));
    let pos = 0;
    for (const line of text.split('\n')) {
      if (line.trim()) out.push({ offset: pos, text: line, candidate: byOffset.get(pos) });
      pos += line.length + 1;
    }
    return out.slice(0, 3000);
  }, [text, auto]);

  if (!auto) return null;
  const starts = new Set(splits ?? auto.starts);
  const toggle = (offset: number, on: boolean) => {
    const next = new Set(starts);
    if (on) next.add(offset);
    else next.delete(offset);
    next.add(0);
    void correctSplit(file.name, [...next]);
  };

  return (
    <details className="card boundary-editor">
      <summary>
        {file.name}: {starts.size} post{starts.size === 1 ? '' : 's'} found in copied text — check where each post starts
      </summary>
      <p className="muted">Tick a line to start a new post there; untick to merge it with the post before.</p>
      <ul className="boundary-lines">
        {lines.map((l) => (
          <li key={l.offset} className={starts.has(l.offset) ? 'is-start' : ''}>
            <label>
              <input type="checkbox" checked={starts.has(l.offset)} disabled={l.offset === 0} onChange={(e) => toggle(l.offset, e.target.checked)} />
              <span className="line-text">{l.text.length > 140 ? `${l.text.slice(0, 140)}…` : l.text}</span>
            </label>
            {l.candidate ? (
              <span className="muted candidate-reason">
                {Math.round(l.candidate.confidence * 100)}%: {l.candidate.reason}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
