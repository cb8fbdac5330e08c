/// <reference lib="webworker" />
/**
 * Parses import files off the main thread so the window stays responsive during long
 * imports; reports progress and returns the plain-JSON result, or the importer's error.
 */
import { parseFiles } from '../../../shared/parse';
import type { ParseRequest, ParseResponse } from './parse-protocol';

const post = (message: ParseResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { files, teams, plainTextSplits, baseUrl } = event.data;
  try {
    const result = parseFiles(files, { teams, plainTextSplits, ...(baseUrl === undefined ? {} : { baseUrl }), onProgress: (done, total) => post({ kind: 'progress', done, total }) });
    post({ kind: 'done', result });
  } catch (error) {
    const e = error as { name?: string; code?: string; fileName?: string; message?: string };
    post({ kind: 'error', code: e.code ?? 'internal', fileName: e.fileName ?? '', message: e.message ?? String(error), isImportError: e.name === 'ImportError' });
  }
};
