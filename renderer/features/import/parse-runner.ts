/**
 * Runs the importer in a Web Worker when the platform has one (browser, Electron), and
 * inline otherwise (unit tests under jsdom). Either way the caller gets the same result
 * or the same typed failure, and can cancel.
 */
import { parseFiles } from '../../../shared/parse';
import type { ParseResult } from '../../../shared/parse/types';
import type { ParseRequest, ParseResponse } from './parse-protocol';

export class ParseFailure extends Error {
  constructor(
    readonly code: string,
    readonly fileName: string,
    message: string,
  ) {
    super(message);
    this.name = 'ParseFailure';
  }
}

export type ParseJob = { promise: Promise<ParseResult>; cancel: () => void };

function inline(request: ParseRequest, onProgress: (done: number, total: number) => void): ParseJob {
  const promise = new Promise<ParseResult>((resolve, reject) => {
    try {
      const { files, ...options } = request;
      resolve(parseFiles(files, { ...options, onProgress }));
    } catch (error) {
      const e = error as { code?: string; fileName?: string; message?: string };
      reject(new ParseFailure(e.code ?? 'internal', e.fileName ?? '', e.message ?? String(error)));
    }
  });
  return { promise, cancel: () => undefined };
}

export function runParse(request: ParseRequest, onProgress: (done: number, total: number) => void): ParseJob {
  if (typeof Worker === 'undefined') return inline(request, onProgress);
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  let settle: { reject: (e: Error) => void } | undefined;
  const promise = new Promise<ParseResult>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<ParseResponse>) => {
      const msg = event.data;
      if (msg.kind === 'progress') onProgress(msg.done, msg.total);
      else {
        worker.terminate();
        if (msg.kind === 'done') resolve(msg.result);
        else reject(new ParseFailure(msg.code, msg.fileName, msg.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new ParseFailure('internal', '', event.message || 'The importer stopped unexpectedly.'));
    };
    worker.postMessage(request);
  });
  return {
    promise,
    cancel: () => {
      worker.terminate();
      settle?.reject(new ParseFailure('cancelled', '', 'Import cancelled; nothing was written.'));
    },
  };
}
