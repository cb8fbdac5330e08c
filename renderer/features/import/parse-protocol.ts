import type { InputFile, ParseResult, TeamRegistryEntry } from '../../../shared/parse/types';

/** `baseUrl`: the forum origin of a fetched thread, so post URLs come out absolute; `topicUrl`: the topic address the member gave. */
export type ParseRequest = { files: InputFile[]; teams: TeamRegistryEntry[]; plainTextSplits: Record<string, number[]>; baseUrl?: string; topicUrl?: string };
export type ParseResponse =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; result: ParseResult }
  | { kind: 'error'; code: string; fileName: string; message: string; isImportError: boolean };
