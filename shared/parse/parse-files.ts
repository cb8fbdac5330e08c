/**
 * The import pipeline (issue 3): decode → detect → read each source → merge posts across
 * files → build updates. Pure and synchronous, so the renderer runs it in the browser and
 * the CLI in Node; the only thing it throws is `ImportError`.
 */
import { mergePosts, mergeThreads, missingPostWarnings } from './build/merge';
import { toUpdate } from './build/to-update';
import { decodeFile } from './decode';
import { detectFormat } from './detect';
import { previewOf } from '../errors/zod-words';
import { ImportError } from './errors';
import { checkSourceLimits, checkUpdateLimits } from './limits';
import { parseDiscourseCsv } from './sources/discourse-csv';
import { parseDiscourseJson } from './sources/discourse-json';
import { parseDiscourseRaw } from './sources/discourse-raw';
import { parseDiscourseRss } from './sources/discourse-rss';
import { parseMarkdownFile } from './sources/markdown-files';
import { parsePlainText } from './sources/plain-text';
import { mergeDuplicatePosts } from './sources/duplicate-posts';
import { dropBadUrls } from './sources/urls';
import type { SourceContext, TopicContext } from './sources/common';
import { topicContextOf } from './topic-context';
import type { InputFile, ParseOptions, ParseResult, ParseWarning, SourceParse, SourcePost } from './types';

function htmlProblem(text: string): string {
  const title = /<title[^>]*>([^<]{0,120})/i.exec(text)?.[1]?.trim();
  return `the file is an HTML page${title ? ` ("${title}")` : ''}, not a Discourse export — probably an error or login page saved instead of the JSON. Open /t/<number>.json (or /raw/<number>) in a logged-in browser and save that response.`;
}

function readSource(file: InputFile, options: ParseOptions, topic: TopicContext | undefined): SourceParse {
  const decoded = decodeFile(file);
  const ctx: SourceContext = { fileName: file.name };
  const baseUrl = options.baseUrl ?? topic?.origin;
  if (baseUrl !== undefined) ctx.baseUrl = baseUrl;
  if (topic !== undefined) ctx.topic = topic;
  const format = detectFormat(file.name, decoded.text);
  if (format === 'html') throw new ImportError('html-page', file.name, htmlProblem(decoded.text));
  if (/\.json$/i.test(file.name) && format !== 'json') {
    const start = previewOf(decoded.text.trimStart().slice(0, 30));
    // `null`, `"hello"` or `42` is JSON, but a single value and no Discourse export.
    if (/^(null|true|false|-?\d|")/.test(decoded.text.trimStart())) throw new ImportError('wrong-shape', file.name, `the file holds a single JSON value (“${start}”), not a Discourse topic, posts page or post.`);
    throw new ImportError('invalid-json', file.name, `the file is named .json but does not contain JSON (it starts with “${start}”).`);
  }
  let parsed: SourceParse;
  switch (format) {
    case 'json': parsed = parseDiscourseJson(decoded.text, ctx); break;
    case 'discourse-raw': parsed = parseDiscourseRaw(decoded.text, ctx); break;
    case 'discourse-rss': parsed = parseDiscourseRss(decoded.text, ctx); break;
    case 'discourse-csv': parsed = parseDiscourseCsv(decoded.text, ctx); break;
    case 'markdown': parsed = parseMarkdownFile(decoded.text, ctx, options.teams); break;
    case 'plain-text': parsed = parsePlainText(decoded.text, ctx, options.teams, options.plainTextSplits?.[file.name]); break;
  }
  // Issue 20: a post id twice, a link no view can open, a text no row can hold — refused or repaired here, per file.
  const checked = dropBadUrls(mergeDuplicatePosts(parsed, file.name), file.name);
  checkSourceLimits(checked, file.name);
  return { ...checked, warnings: [...decoded.warnings, ...checked.warnings] };
}

/** Warnings for files that are another topic than the address the member gave (their own id wins). */
function otherTopicWarnings(file: InputFile, parsed: SourceParse, topic: TopicContext | undefined): ParseWarning[] {
  if (topic === undefined) return [];
  return parsed.threads
    .filter((t) => t.topicId !== undefined && t.topicId !== topic.topicId && parsed.posts.some((p) => p.threadKey === t.key))
    .map((t) => ({ fileName: file.name, code: 'other-topic', message: `${file.name} holds topic ${t.topicId} ("${t.title}"), not topic ${topic.topicId} of the address you gave; its posts were imported as topic ${t.topicId}.` }));
}

/**
 * Parse several files of one import into threads, updates and warnings.
 * Throws `ImportError` (with `code` and `fileName`) for a file that cannot be read.
 */
export function parseFiles(files: InputFile[], options: ParseOptions): ParseResult {
  if (files.length === 0) throw new ImportError('no-files', '(no file)', 'no files were given to import.');
  const progress = options.onProgress ?? (() => undefined);
  let total = files.length;
  progress(0, total);
  const warnings: ParseWarning[] = [];
  const topic = options.topicUrl === undefined || options.topicUrl.trim() === '' ? undefined : topicContextOf(options.topicUrl);
  if (options.topicUrl !== undefined && options.topicUrl.trim() !== '' && topic === undefined) {
    warnings.push({ code: 'topic-url', message: `The topic address "${options.topicUrl.trim().slice(0, 200)}" is not a forum topic address (/t/…/<number>); it was not used.` });
  }
  const sources = files.map((file, i) => {
    const parsed = readSource(file, options, topic);
    warnings.push(...otherTopicWarnings(file, parsed, topic));
    progress(i + 1, total);
    return parsed;
  });
  const posts: SourcePost[] = mergePosts(sources.flatMap((s) => s.posts));
  // A thread whose only posts were copies of another form's posts (foldSameContent) is not a thread of this import.
  const withPosts = new Set(posts.map((p) => p.threadKey));
  const hadPosts = new Set(sources.flatMap((s) => s.posts.map((p) => p.threadKey)));
  const threads = mergeThreads(sources.flatMap((s) => s.threads)).filter((t) => withPosts.has(t.key) || !hadPosts.has(t.key));
  for (const s of sources) warnings.push(...s.warnings);
  warnings.push(...missingPostWarnings(sources.flatMap((s) => s.streams), posts));
  total = files.length + posts.length;
  const threadOrder = new Map(threads.map((t, i) => [t.key, i]));
  const order = posts.map((post, seq) => ({ post, seq })).sort((a, b) =>
    (threadOrder.get(a.post.threadKey) ?? 0) - (threadOrder.get(b.post.threadKey) ?? 0)
    || (a.post.postNumber ?? 0) - (b.post.postNumber ?? 0)
    || a.seq - b.seq);
  const seenKeys = new Map<string, number>();
  const updates = order.map(({ post }, i) => {
    const update = toUpdate(post, options.teams);
    const n = (seenKeys.get(update.key) ?? 0) + 1;
    seenKeys.set(update.key, n);
    if (n > 1) update.key = `${update.key}~${n}`;
    progress(files.length + i + 1, total);
    return update;
  });
  checkUpdateLimits(updates);
  if (updates.length === 0) warnings.push({ code: 'no-posts', message: `No posts were found in ${files.map((f) => f.name).join(', ')}.` });
  return { threads, updates, warnings };
}
