/**
 * Writing a folder of Markdown files (the "export everything" of issue 7) where the
 * member chose. The renderer sends relative paths; each is checked again here (the IPC
 * schema already refuses `..` and absolute paths) and must resolve inside the new
 * sub-folder, which is created fresh so that an export never overwrites earlier files.
 */
/* eslint-disable security/detect-non-literal-fs-filename -- every path is checked to stay inside the folder the member picked */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../atomic-write';

/** A file path that would leave the export folder. */
export class ExportPathError extends Error {
  override readonly name = 'ExportPathError';
  readonly code = 'unsafe-path' as const;
  constructor(path: string) {
    super(`Refused to write "${path.slice(0, 200)}": export files must stay inside the export folder.`);
  }
}

/** `root/name`, or `root/name (2)` … when that exists already. */
async function freshFolder(root: string, name: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const candidate = join(root, n === 1 ? name : `${name} (${n})`);
    try {
      await mkdir(candidate);
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`Could not create a new folder named ${name} in ${root}.`);
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..');
}

/** Checks every path first (nothing is written if one is unsafe), then writes the files. */
export async function writeExportFolder(root: string, name: string, files: readonly { path: string; body: string }[]): Promise<{ folderName: string; files: number }> {
  const probe = resolve(root, name);
  for (const file of files) {
    if (isAbsolute(file.path) || file.path.includes('\\') || !isInside(probe, resolve(probe, file.path))) throw new ExportPathError(file.path);
  }
  const folder = await freshFolder(root, name);
  for (const file of files) {
    const target = resolve(folder, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, file.body);
  }
  return { folderName: basename(folder), files: files.length };
}
