/// <reference lib="webworker" />
/**
 * Parses import files off the main thread so the window stays responsive during long
 * imports; reports progress and returns the plain-JSON result, or the importer's error.
 */
import { parseFiles } from '../../../shared/parse';
import type { ParseRequest, ParseResponse } from './parse-protocol';

const post = (message: ParseResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

// The parser reports every post; each report re-renders the window. A 5,000-post thread sent
// 5,000 of them and kept the window busy (SECURITY.md check 45), so at most one per interval.
const PROGRESS_EVERY_MS = 100;

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { files, ...options } = event.data;
  let lastProgress = -Infinity;
  const onProgress = (done: number, total: number) => {
    const now = performance.now();
    if (done !== 0 && done !== total && now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    post({ kind: 'progress', done, total });
  };
  try {
    const result = parseFiles(files, { ...options, onProgress });
    post({ kind: 'done', result });
  } catch (error) {
    const e = error as { name?: string; code?: string; fileName?: string; message?: string };
    post({ kind: 'error', code: e.code ?? 'internal', fileName: e.fileName ?? '', message: e.message ?? String(error), isImportError: e.name === 'ImportError' });
  }
};
