import type { StateCreator } from 'zustand';
import type { ImportPlan, UpdateChoice } from '../../../shared/import/plan';
import type { InputFile } from '../../../shared/parse/types';

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
  setImportPhase: (phase: ImportPhase) => void;
  setImportFiles: (files: InputFile[]) => void;
  setImportPlan: (plan: ImportPlan | null) => void;
  setImportChoice: (updateKey: string, choice: UpdateChoice) => void;
  setImportSplits: (fileName: string, starts: number[]) => void;
  resetImport: () => void;
};

export const importSlice: StateCreator<ImportSlice, [], [], ImportSlice> = (set) => ({
  importPhase: { kind: 'idle' },
  importFiles: [],
  importPlan: null,
  importSplits: {},
  setImportPhase: (importPhase) => set({ importPhase }),
  setImportFiles: (importFiles) => set({ importFiles }),
  setImportPlan: (importPlan) => set({ importPlan }),
  setImportChoice: (key, choice) =>
    set((s) => (s.importPlan ? { importPlan: { ...s.importPlan, choices: { ...s.importPlan.choices, [key]: choice } } } : {})),
  setImportSplits: (fileName, starts) => set((s) => ({ importSplits: { ...s.importSplits, [fileName]: starts } })),
  resetImport: () => set({ importPhase: { kind: 'idle' }, importFiles: [], importPlan: null, importSplits: {} }),
});
