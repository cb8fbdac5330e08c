/**
 * The import flow: read files → parse (in a worker) → preview with the member's choices →
 * one atomic write. Bad input stops at the parse step with a message naming the file,
 * before anything is written.
 */
import { defaultChoice, type ImportPlan, type ImportSource } from '../../../shared/import/plan';
import { detectFormat } from '../../../shared/parse/detect';
import type { InputFile, ParseResult } from '../../../shared/parse/types';
import type { SourceKind } from '../../../shared/model';
import { listTeams } from '../../db/repos/teams-lookup';
import { storedPostsOf, teamRegistry, writeImport } from '../../db/repos/import-repo';
import { platform } from '../../lib/platform';
import { runAction } from '../../lib/run-action';
import { useUi } from '../../store';
import type { ImportOptions } from '../../store/slices/import-slice';
import { ParseFailure, runParse, type ParseJob } from './parse-runner';

export const IMPORT_FILTERS = [
  { name: 'Team updates (JSON, Markdown, text, RSS, CSV)', extensions: ['json', 'md', 'markdown', 'txt', 'rss', 'xml', 'csv'] },
  { name: 'All files', extensions: ['*'] },
];

let currentJob: ParseJob | null = null;

async function sha256(file: InputFile): Promise<string> {
  const bytes = 'bytes' in file ? file.bytes : new TextEncoder().encode(file.text);
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function sourceKindOf(file: InputFile, result: ParseResult): SourceKind {
  const fromUpdate = result.updates.find((u) => u.fileName === file.name)?.sourceKind;
  if (fromUpdate) return fromUpdate;
  const text = 'text' in file ? file.text : '';
  const format = detectFormat(file.name, text.slice(0, 4096));
  return format === 'markdown' ? 'markdown' : format === 'discourse-raw' ? 'discourse-raw' : format === 'discourse-rss' ? 'discourse-rss' : format === 'discourse-csv' ? 'discourse-csv' : format === 'json' ? 'discourse-topic-json' : 'plain-text';
}

/** The preview's starting plan for parsed files (also used by Refresh from the forum). */
export async function planFrom(files: InputFile[], result: ParseResult): Promise<ImportPlan> {
  const known = (await listTeams()).map((t) => ({ id: t.id as string, name: t.name, aliases: t.aliases }));
  const { teams: storedTeams, stored, identity } = await storedPostsOf(result);
  const choices = Object.fromEntries(result.updates.map((u) => [u.key, defaultChoice(u, known, storedTeams[u.key])]));
  const sources: ImportSource[] = await Promise.all(files.map(async (f) => ({ name: f.name, kind: sourceKindOf(f, result), sha: await sha256(f) })));
  return { result, choices, sources, stored, identity };
}

/**
 * Parses `files` and opens the preview; keeps the member's corrected splits. `baseUrl` is
 * the forum origin of a thread fetched by its address, so its post links come out absolute;
 * `topicUrl` the topic address the member gave (ImportOptions).
 */
export async function startImport(files: InputFile[], opts: ImportOptions = {}): Promise<void> {
  const ui = useUi.getState();
  currentJob?.cancel();
  ui.setImportOptions(opts);
  ui.setImportFiles(files);
  ui.setImportPlan(null);
  ui.setImportPhase({ kind: 'parsing', done: 0, total: files.length });
  const request = { files, teams: await teamRegistry(), plainTextSplits: useUi.getState().importSplits, ...definedOptions(opts) };
  const job = runParse(request, (done, total) =>
    useUi.getState().setImportPhase({ kind: 'parsing', done, total }),
  );
  currentJob = job;
  try {
    const result = await job.promise;
    if (currentJob !== job) return;
    useUi.getState().setImportPlan(await planFrom(files, result));
    useUi.getState().setImportPhase({ kind: 'preview' });
  } catch (error) {
    if (currentJob !== job) return;
    const failure = error instanceof ParseFailure ? error : new ParseFailure('internal', '', String(error));
    if (failure.code === 'cancelled') useUi.getState().resetImport();
    else useUi.getState().setImportPhase({ kind: 'failed', fileName: failure.fileName, message: failure.message });
  } finally {
    if (currentJob === job) currentJob = null;
  }
}

/** The options without unset or blank fields, as the parser takes them. */
function definedOptions(opts: ImportOptions): ImportOptions {
  const topicUrl = opts.topicUrl?.trim();
  return { ...(opts.baseUrl === undefined ? {} : { baseUrl: opts.baseUrl }), ...(topicUrl ? { topicUrl } : {}) };
}

/** A new draft from files the member just chose, dropped or pasted: nothing of an earlier draft carries over. */
export async function startNewImport(files: InputFile[], opts: ImportOptions = {}): Promise<void> {
  useUi.getState().resetImportDraft();
  await startImport(files, opts);
}

/** Parses the same files again with the member's corrected post starts for `fileName`. */
export async function correctSplit(fileName: string, starts: number[]): Promise<void> {
  useUi.getState().setImportSplits(fileName, [...new Set(starts)].sort((a, b) => a - b));
  await startImport(useUi.getState().importFiles, useUi.getState().importOptions);
}

/**
 * Parses the same files again as posts of the topic at `address` (issue 14: a /raw/ page
 * saved without its topic id in the name matches the thread's other forms once the member
 * says which topic it is). A blank address reads them without one.
 */
export async function readAsTopic(address: string): Promise<void> {
  const { importFiles, importOptions } = useUi.getState();
  await startImport(importFiles, { ...importOptions, topicUrl: address.trim() });
}

export function cancelImport(): void {
  currentJob?.cancel();
  currentJob = null;
  useUi.getState().resetImport();
}

/** Opens the file dialog (or the browser's file picker) and imports what the member picked. */
export async function importFromPicker(): Promise<void> {
  const picked = await platform.openTextFiles({ title: 'Import team updates', filters: IMPORT_FILTERS, multiple: true });
  if (picked.status === 'cancelled') return;
  if (picked.refused.length > 0) {
    const first = picked.refused[0]!;
    useUi.getState().setImportPhase({ kind: 'failed', fileName: first.name, message: `${first.name} ${first.reason}. Nothing was imported.` });
    return;
  }
  await startNewImport(picked.files);
}

/** Imports text pasted by the member (a thread copied from the browser, or a JSON export). */
export async function importPastedText(text: string): Promise<void> {
  const trimmed = text.trim();
  const name = trimmed.startsWith('{') || trimmed.startsWith('[') ? 'pasted.json' : 'pasted-text.txt';
  await startNewImport([{ name, text }]);
}

/** Writes the previewed import in one transaction and shows the teams. */
export async function confirmImport(): Promise<string | null> {
  const ui = useUi.getState();
  const plan = ui.importPlan;
  if (!plan) return 'Nothing to import.';
  ui.setImportPhase({ kind: 'writing' });
  let message = '';
  const failure = await runAction(async () => {
    const o = await writeImport(plan);
    const parts = o.updatesAdded || !(o.updatesEdited || o.updatesMoved || o.updatesEnriched) ? [`${o.updatesAdded} new update${o.updatesAdded === 1 ? '' : 's'}`] : [];
    if (o.updatesEdited) parts.push(`${o.updatesEdited} edited`);
    if (o.updatesEnriched) parts.push(`${o.updatesEnriched} completed from this form`);
    if (o.updatesMoved) parts.push(`${o.updatesMoved} moved to another team`);
    if (o.updatesMerged) parts.push(`${o.updatesMerged} merged with stored posts`);
    if (o.itemsAdded) parts.push(`${o.itemsAdded} new items`);
    if (o.itemsFlagged) parts.push(`${o.itemsFlagged} kept confidential like their stored copies`);
    if (o.teamsCreated.length) parts.push(`${o.teamsCreated.length} new team${o.teamsCreated.length === 1 ? '' : 's'}`);
    message = `Imported: ${parts.join(', ')}.`;
  });
  if (failure) {
    useUi.getState().setImportPhase({ kind: 'preview' });
    return failure;
  }
  useUi.getState().notify('success', message);
  useUi.getState().resetImport();
  useUi.getState().setView('teams');
  return null;
}
