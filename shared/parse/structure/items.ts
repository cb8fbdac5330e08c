/**
 * Sections → items: one item per list item or paragraph (per line for plain text, where
 * paragraph breaks are lost), each with its span in the raw text, its kind, whether it is an
 * ask and of what type, and its entities (issue 3). Quoted text and code are never items.
 */
import type { AskType } from '../../model';
import { contentKey } from '../hash';
import type { ParsedItem } from '../types';
import { askTypeOf, isAskIntro, isAskText } from './asks';
import { extractEntities } from './entities';
import { ITEM_KIND_OF } from './section-names';
import { BlockState, type SectionSpan } from './sections';

/** Options of `extractItems`. */
export type ExtractOptions = {
  /** Every non-blank line is its own item (plain text copied from a browser loses blank lines). */
  lineItems: boolean;
  /** Whether asks are flagged at all (only team updates carry asks). */
  detectAsks: boolean;
};

type Block = { start: number; end: number; isListItem: boolean };

// Anchored; each quantifier is followed by a character it cannot match: linear.
// eslint-disable-next-line security/detect-unsafe-regex
const LIST_ITEM = /^(\s*)(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const NOT_TEXT = /^\s*<!--|^\s*!\[[^\]]*\]\([^)]*\)\s*$|^\s*\[\/?(?:details|spoiler|poll)\b/;

/** A thematic break (`---`, `* * *`), tested without a nested-quantifier pattern. */
function isRule(line: string): boolean {
  return /^[-*_ \t]+$/.test(line) && line.replace(/[ \t]/g, '').length >= 3;
}

function blocksOf(raw: string, from: number, to: number, lineItems: boolean): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  const close = () => {
    if (open) blocks.push(open);
    open = undefined;
  };
  const state = new BlockState();
  let pos = from;
  while (pos < to) {
    const nl = raw.indexOf('\n', pos);
    const end = nl === -1 || nl > to ? to : nl;
    const line = raw.slice(pos, end);
    if (state.isVerbatim(line) || line.trim() === '' || isRule(line) || NOT_TEXT.test(line) || /^\s*(?:#{1,6}\s|<h[1-6]\b)/i.test(line) || /^\s*(\*\*|__)[^*_]{1,80}\1\s*:?\s*$/.test(line)) {
      close();
    } else {
      const marker = LIST_ITEM.exec(line);
      if (marker) {
        close();
        open = { start: pos + marker[0].length, end, isListItem: true };
      } else if (open && !lineItems && (!open.isListItem || /^\s/.test(line))) {
        open.end = end;
      } else {
        close();
        const lead = line.length - line.trimStart().length;
        open = { start: pos + lead, end, isListItem: false };
      }
    }
    pos = end + 1;
  }
  close();
  return blocks;
}

/** One item per block; `span` offsets are into `raw`. */
export function extractItems(raw: string, sections: SectionSpan[], options: ExtractOptions): ParsedItem[] {
  const items: ParsedItem[] = [];
  const seen = new Map<string, number>();
  for (const section of sections) {
    const kind = ITEM_KIND_OF[section.kind];
    let intro: { askType: AskType | undefined; listOnly: boolean } | undefined;
    let previousText = '';
    const sectionDates: string[] = [];
    for (const block of blocksOf(raw, section.bodyStart, section.bodyEnd, options.lineItems)) {
      const slice = raw.slice(block.start, block.end);
      const text = (slice.includes('\n') ? slice.replace(/\s*\n\s*/g, ' ') : slice).trim();
      if (text === '') continue;
      const entities = extractEntities(text);
      let isAsk = false;
      let askType: AskType | undefined;
      if (options.detectAsks) {
        // Items under "we will need:" are asks even when they are bare nouns ("An e-mail alias").
        const inherits = intro !== undefined && (intro.listOnly ? block.isListItem : /[:;]\s*$/.test(previousText));
        isAsk = isAskText(text) || inherits;
        askType = isAsk ? askTypeOf(text) ?? (inherits ? intro?.askType : undefined) ?? 'information' : undefined;
        if (isAskIntro(text)) intro = { askType: askTypeOf(text), listOnly: !options.lineItems };
        else if (!inherits) intro = undefined;
        // A deadline stated earlier in the section ("rotation on 2024-12-09") applies to the asks below it.
        if (isAsk && entities.dates.length === 0) entities.dates.push(...sectionDates);
      }
      sectionDates.push(...entities.dates.filter((d) => !sectionDates.includes(d)));
      let key = contentKey(text);
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      if (n > 1) key = `${key}~${n}`;
      const item: ParsedItem = { key, kind, text, isAsk, span: [block.start, block.end], entities };
      if (askType) item.askType = askType;
      items.push(item);
      previousText = text;
    }
  }
  return items;
}
