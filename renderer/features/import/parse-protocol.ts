import type { InputFile, ParseResult, TeamRegistryEntry } from '../../../shared/parse/types';

export type ParseRequest = { files: InputFile[]; teams: TeamRegistryEntry[]; plainTextSplits: Record<string, number[]> };
export type ParseResponse =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; result: ParseResult }
  | { kind: 'error'; code: string; fileName: string; message: string; isImportError: boolean };
