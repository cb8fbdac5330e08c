/**
 * Import parsers (issue 3, pure part): Discourse JSON, /raw/, RSS, CSV, Markdown files and
 * plain text → threads, team updates, sections and items with asks. No Node or DOM APIs:
 * the renderer and the CLI run the same code.
 */
export { parseFiles } from './parse-files';
export { ImportError, type ImportErrorCode } from './errors';
export { detectFormat, type DetectedFormat } from './detect';
export { contentKey, hash64, normalizeForKey } from './hash';
export { contentFingerprint, similarity } from './similarity';
export { topicContextOf } from './topic-context';
export { splitSections, titleOf, type SectionSpan } from './structure/sections';
export { extractItems, type ExtractOptions } from './structure/items';
export { extractEntities } from './structure/entities';
export { askTypeOf, isAskText } from './structure/asks';
export { sectionKindOf } from './structure/section-names';
export { splitPlainText, ACCEPT_CONFIDENCE, type PlainSplit, type SplitCandidate } from './sources/plain-split';
export { htmlToMarkdown } from './html/html-to-markdown';
export { DEFAULT_TEAMS } from './teams/default-teams';
export { matchTeam } from './teams/match-team';
export { matchItems } from './match-items';
export { formatSummary } from './summary';
export { MAX_FILE_BYTES } from './decode';
export type {
  Boundary, InputFile, ParsedItem, ParsedThread, ParsedUpdate, ParseOptions, ParseResult, ParseWarning, TeamMatch,
  TeamRegistryEntry,
} from './types';
export type { TopicContext } from './sources/common';
