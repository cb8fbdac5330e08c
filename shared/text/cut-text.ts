/** Text held within a field's limit: cut at a word where one is near, and marked with an ellipsis. */
const ELLIPSIS = '…';

/** `text` cut to `max` characters at a word, with an ellipsis, or as it is when it fits. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - ELLIPSIS.length);
  const atWord = head.replace(/\s+\S*$/, '');
  return `${atWord.length >= head.length * 0.8 ? atWord : head}${ELLIPSIS}`;
}
