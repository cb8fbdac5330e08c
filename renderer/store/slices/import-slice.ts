import type { StateCreator } from 'zustand';
import type { ImportPlan, UpdateChoice } from '../../../shared/import/plan';
import type { InputFile } from '../../../shared/parse/types';

/**
 * How the files of the draft are read, kept so that a corrected split or a topic address
 * given in the preview parses them the same way: `baseUrl` is the forum origin of a fetched
 * thread (post links come out absolute), `topicUrl` the topic address the member gave (files
 * that do not name their topic, such as a saved /raw/ page, are read as that topic).
 */
export type ImportOptions = { baseUrl?: string; topicUrl?: string };

/** Where the import screen stands. The parsed result and the member's choices are a draft until written. */
export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'parsing'; done: number; total: number }
  | { kind: 'preview' }
  | { kind: 'writing' }
  | { kind: 'failed'; fileName: string; message: string };

export type ImportSlice = {
  importPhase: ImportPhase;
  /** The files being imported, kept so that a corrected split can be parsed again. */
  importFiles: InputFile[];
  importPlan: ImportPlan | null;
  /** Corrected post starts of plain-text files, by file name. */
  importSplits: Record<string, number[]>;
  importOptions: ImportOptions;
  setImportPhase: (phase: ImportPhase) => void;
  setImportFiles: (files: InputFile[]) => void;
  setImportPlan: (plan: ImportPlan | null) => void;
  setImportChoice: (updateKey: string, choice: UpdateChoice) => void;
  setImportSplits: (fileName: string, starts: number[]) => void;
  setImportOptions: (options: ImportOptions) => void;
  /** Starts a new draft: no corrected splits or options of an earlier one carry over. */
  resetImportDraft: () => void;
  resetImport: () => void;
};

export const importSlice: StateCreator<ImportSlice, [], [], ImportSlice> = (set) => ({
  importPhase: { kind: 'idle' },
  importFiles: [],
  importPlan: null,
  importSplits: {},
  importOptions: {},
  setImportPhase: (importPhase) => set({ importPhase }),
  setImportFiles: (importFiles) => set({ importFiles }),
  setImportPlan: (importPlan) => set({ importPlan }),
  setImportChoice: (key, choice) =>
    set((s) => (s.importPlan ? { importPlan: { ...s.importPlan, choices: { ...s.importPlan.choices, [key]: choice } } } : {})),
  setImportSplits: (fileName, starts) => set((s) => ({ importSplits: { ...s.importSplits, [fileName]: starts } })),
  setImportOptions: (importOptions) => set({ importOptions }),
  resetImportDraft: () => set({ importSplits: {}, importOptions: {} }),
  resetImport: () => set({ importPhase: { kind: 'idle' }, importFiles: [], importPlan: null, importSplits: {}, importOptions: {} }),
});
