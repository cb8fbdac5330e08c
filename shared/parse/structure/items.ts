/**
 * Sections → items: one item per list item or paragraph (blocks.ts), each with its span in
 * the raw text, its kind, whether it is an ask and of what type, and its entities (issue 3).
 *
 * Asks come from the answer, not the template (issue 15):
 * - A template's question or instruction is no item (blocks.ts, prompts.ts). The answer under
 *   it takes the kind the question gives ("What are the current goals?" → upcoming). Under a
 *   question that asks what the team needs ("… needs help with?", "How can the CNCF help?")
 *   and in a Requests section, the answer is the ask: every list item of it, and its
 *   paragraphs too unless some block of the answer asks in so many words (then the other
 *   paragraphs are context).
 * - List items under a lead-in ("we will need:", "we are asking for:") are asks, kind
 *   `request`, each typed by its own words first ("An e-mail alias …" → access, "Approval
 *   from the SC" → approval), then by the lead-in's.
 * - A labelled list item ("- Budget: …", "- **People**: …") is an item of that section; a
 *   label alone ("- Budget:") gives its kind to the items nested under it.
 * - A no-request ("None at this time", "we do not need a budget", "N/A") under such a question
 *   or in a Blockers, Budget or Requests section is a status item: kept, never an ask, never
 *   a blocker or budget request.
 * - A paragraph that mixes an ask with status is split so the ask is its own item (sentences.ts).
 * - A budget item that neither asks nor speaks of money (the burn-out behind a funding ask) is status.
 */
import type { AskType, ItemKind, SectionKind } from '../../model';
import { contentKey } from '../hash';
import type { ParsedItem } from '../types';
import { askTypeOf, isAskIntro, isAskText, isNoRequest } from './asks';
import { blockText, blocksOf, type Block, type TextBlock } from './blocks';
import { extractEntities } from './entities';
import { NEUTRAL, isPromptText, promptContextOf, type PromptContext } from './prompts';
import { ITEM_KIND_OF, sectionKindOf } from './section-names';
import { headingOf, type SectionSpan } from './sections';
import { askRuns } from './sentences';

/** Options of `extractItems`. */
export type ExtractOptions = {
  /** Every non-blank line is its own item (plain text copied from a browser loses blank lines). */
  lineItems: boolean;
  /** Whether asks are flagged at all (only team updates carry asks). */
  detectAsks: boolean;
};

/** Sections whose answers are needs: a no there is "nothing needed", filed as status. */
const NEED_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(['blockers', 'budget', 'requests']);

/** What a section's own heading says its answers are. */
function headingContext(section: SectionSpan): PromptContext {
  if (section.kind === 'requests') return { asks: true };
  if (section.kind !== 'other' || section.heading === '') return NEUTRAL;
  const context = promptContextOf(section.heading);
  // A plain heading ("Future Goals") only says its answers ask; a question says what they are.
  return isPromptText(section.heading, 'heading') || context.asks ? context : NEUTRAL;
}

/** A labelled list item: its section kind and where its body starts; `isBare` when the label is all there is. */
function labelOf(raw: string, block: TextBlock): { kind: SectionKind; bodyStart: number; isBare: boolean } | undefined {
  const nl = raw.indexOf('\n', block.start);
  const firstLine = raw.slice(block.start, nl === -1 || nl > block.end ? block.end : nl);
  // Gate: a label is bold or has a colon or dash near the start (the patterns of headingOf).
  const head = firstLine.slice(0, 64);
  if (!/^[*_]|[:\u2014\u2013]| - /.test(head)) return undefined;
  const h = headingOf(firstLine);
  const kind = h ? sectionKindOf(h.text) : undefined;
  if (!h || !kind) return undefined;
  const bodyStart = block.start + h.bodyOffset;
  const isBare = blockText(raw, bodyStart, block.end) === '';
  // "- Budget" alone is a list entry; "- Budget:" or "- **Budget**" is a label.
  if (isBare && !/[:*_]\s*$/.test(firstLine)) return undefined;
  return { kind, bodyStart, isBare };
}

/** For each block, whether the answer it belongs to (blocks up to the next prompt) asks in words somewhere. */
function explicitAnswers(blocks: Block[], first: PromptContext): boolean[] {
  const out: boolean[] = [];
  let from = 0;
  let context = first;
  const flush = (to: number) => {
    const asks = context.asks && blocks.slice(from, to).some((b) => b.type === 'text' && isAskText(b.text));
    for (let i = from; i < to; i++) out.push(asks);
  };
  blocks.forEach((b, i) => {
    if (b.type !== 'prompt') return;
    flush(i);
    out.push(false);
    from = i + 1;
    context = b.context;
  });
  flush(blocks.length);
  return out;
}

type Draft = { kind: ItemKind; start: number; end: number; isAsk: boolean; askType?: AskType };

/** What decides a block's asks, besides its own words. */
type AskScope = {
  /** The answer is an ask: under a question asking what the team needs, a Requests section or label. */
  asking: boolean;
  /** Some block of this answer asks in so many words (then its other paragraphs are context). */
  answerAsks: boolean;
  /** A Blockers, Budget or Requests section. */
  isNeedSection: boolean;
  /** The lead-in ("we will need:") this block is an item of, if any. */
  intro: { askType: AskType | undefined } | undefined;
  context: PromptContext;
};

/** The item(s) of one block with asks on (rules in the module comment): one, or one per part of a mixed paragraph. */
function askDrafts(raw: string, block: TextBlock, start: number, text: string, kind: ItemKind, scope: AskScope): Draft[] {
  const end = block.end;
  const isExplicit = isAskText(text);
  if (!isExplicit && (scope.intro || scope.asking || scope.isNeedSection) && isNoRequest(text, false)) return [{ kind: 'status', start, end, isAsk: false }];
  // Items under "we will need:" are asks even when they are bare nouns ("An e-mail alias").
  if (scope.intro) return [{ kind: 'request', start, end, isAsk: true, askType: askTypeOf(text) ?? scope.intro.askType ?? scope.context.askType ?? 'information' }];
  if (scope.asking && !isExplicit && (block.isListItem || !scope.answerAsks)) {
    return [{ kind, start, end, isAsk: true, askType: askTypeOf(text) ?? scope.context.askType ?? (kind === 'people' ? 'people' : 'information') }];
  }
  if (!isExplicit) return [{ kind, start, end, isAsk: false }];
  return askRuns(raw.slice(start, end)).map((run) => {
    const part = blockText(raw, start + run.start, start + run.end);
    const noNeed = !run.isAsk && (scope.asking || scope.isNeedSection) && isNoRequest(part);
    const draft: Draft = { kind: noNeed ? 'status' : kind, start: start + run.start, end: start + run.end, isAsk: run.isAsk };
    if (run.isAsk) draft.askType = askTypeOf(part) ?? scope.context.askType ?? 'information';
    return draft;
  });
}

/** One item per block (or per part of a mixed paragraph); `span` offsets are into `raw`. */
export function extractItems(raw: string, sections: SectionSpan[], options: ExtractOptions): ParsedItem[] {
  const items: ParsedItem[] = [];
  const seen = new Map<string, number>();
  for (const section of sections) {
    const sectionKind = ITEM_KIND_OF[section.kind];
    const isNeedSection = NEED_SECTIONS.has(section.kind);
    const blocks = blocksOf(raw, section.bodyStart, section.bodyEnd, options.lineItems);
    let context = headingContext(section);
    const explicit = options.detectAsks ? explicitAnswers(blocks, context) : [];
    let intro: { askType: AskType | undefined; listOnly: boolean } | undefined;
    let label: { kind: ItemKind; indent: number; asks: boolean } | undefined;
    let previousText = '';
    const sectionDates: string[] = [];
    blocks.forEach((block, index) => {
      if (block.type === 'prompt') {
        context = block.context;
        intro = undefined;
        label = undefined;
        return;
      }
      let start = block.start;
      let kind: ItemKind = context.kind ?? sectionKind;
      if (!block.isListItem || (label && block.indent <= label.indent)) label = undefined;
      const own = block.isListItem ? labelOf(raw, block) : undefined;
      if (own?.isBare) {
        label = { kind: ITEM_KIND_OF[own.kind], indent: block.indent, asks: own.kind === 'requests' };
        return;
      }
      if (own) {
        kind = ITEM_KIND_OF[own.kind];
        start = own.bodyStart;
      } else if (label) kind = label.kind;
      const text = start === block.start ? block.text : blockText(raw, start, block.end);
      if (text === '') return;
      let drafts: Draft[] = [{ kind, start, end: block.end, isAsk: false }];
      if (options.detectAsks) {
        const inherits = intro !== undefined && (intro.listOnly ? block.isListItem : /[:;]\s*$/.test(previousText));
        const scope: AskScope = { asking: context.asks || label?.asks === true, answerAsks: explicit[index] === true, isNeedSection, intro: inherits ? intro : undefined, context };
        drafts = askDrafts(raw, block, start, text, kind, scope);
        if (isAskIntro(text)) intro = { askType: askTypeOf(text), listOnly: !options.lineItems };
        else if (!inherits) intro = undefined;
      }
      for (const draft of drafts) {
        const draftText = drafts.length === 1 ? text : blockText(raw, draft.start, draft.end);
        const entities = extractEntities(draftText);
        // A deadline stated earlier in the section ("rotation on 2024-12-09") applies to the asks below it.
        if (draft.isAsk && entities.dates.length === 0) entities.dates.push(...sectionDates);
        sectionDates.push(...entities.dates.filter((d) => !sectionDates.includes(d)));
        // Budget items speak of money; the burn-out behind a funding ask is the team's status.
        const itemKind = draft.kind === 'budget' && !draft.isAsk && askTypeOf(draftText) !== 'budget' ? 'status' : draft.kind;
        let key = contentKey(draftText);
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        if (n > 1) key = `${key}~${n}`;
        const item: ParsedItem = { key, kind: itemKind, text: draftText, isAsk: draft.isAsk, span: [draft.start, draft.end], entities };
        if (draft.askType) item.askType = draft.askType;
        items.push(item);
      }
      previousText = text;
    });
  }
  return items;
}
