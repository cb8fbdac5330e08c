/**
 * What changed in an edited post since it was stored (issue 14, "The preview is exact"): a
 * collapsed "What changed (12 words added, 3 removed)" that opens on the word diff, long
 * unchanged runs left out. Text only; screen readers hear "added:" / "removed:" before each
 * change, since most do not announce <ins>/<del> by themselves.
 */
import { useMemo } from 'react';
import { collapseUnchanged, diffSummary, wordDiff, type DiffPart } from '../../../shared/import/word-diff';

function Part({ part }: { part: DiffPart }) {
  if (part.kind === 'added') return <ins><span className="visually-hidden">added: </span>{part.text}</ins>;
  if (part.kind === 'removed') return <del><span className="visually-hidden">removed: </span>{part.text}</del>;
  if (part.kind === 'gap') {
    return (
      <span className="diff-gap" title={`${part.words} unchanged word${part.words === 1 ? '' : 's'} left out`}>
        <span aria-hidden="true">… </span>
        <span className="visually-hidden">({part.words} unchanged word{part.words === 1 ? '' : 's'} left out) </span>
      </span>
    );
  }
  return <>{part.text}</>;
}

/** The word diff from the stored text `before` to the imported text `after`. */
export function PostDiff({ before, after }: { before: string; after: string }) {
  const { parts, summary } = useMemo(() => {
    const diff = wordDiff(before, after);
    return { parts: diff === undefined ? undefined : collapseUnchanged(diff), summary: diffSummary(diff) };
  }, [before, after]);
  if (parts === undefined) return <p className="post-diff is-too-different">{summary.charAt(0).toUpperCase() + summary.slice(1)}</p>;
  return (
    <details className="post-diff">
      <summary>What changed ({summary})</summary>
      <p className="post-diff-text">
        {parts.map((p, i) => (
          <Part key={i} part={p} />
        ))}
      </p>
    </details>
  );
}
