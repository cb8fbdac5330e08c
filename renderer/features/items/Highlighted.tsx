import { matchRanges, splitByRanges, type MatchTerms } from '../../lib/search/highlight';

/** `text` with the words the search matched wrapped in `<mark>` (React text nodes only, no HTML strings). */
export function Highlighted({ text, match }: { text: string; match: MatchTerms | null }) {
  const ranges = matchRanges(text, match);
  if (ranges.length === 0) return <>{text}</>;
  return (
    <>
      {splitByRanges(text, ranges).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </>
  );
}
