import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { createFileHandlers } = await import('../../../electron/main/ipc/files');
const { writeFileAtomic } = await import('../../../electron/main/atomic-write');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sd-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('files:save-text', () => {
  it('writes only to the path the save dialog returned', async () => {
    const chosen = join(dir, 'chosen-by-member.md');
    const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: chosen })) };
    const handlers = createFileHandlers(dialog as never, () => null);
    const result = await handlers['files:save-text']({ suggestedName: 'agenda.md', body: '# Agenda' });
    expect(result).toEqual({ status: 'saved', fileName: 'chosen-by-member.md' });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'agenda.md' }));
    expect(await readFile(chosen, 'utf8')).toBe('# Agenda');
    expect(await readdir(dir)).toEqual(['chosen-by-member.md']);
  });

  it('writes nothing when the member cancels', async () => {
    const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) };
    const result = await createFileHandlers(dialog as never, () => null)['files:save-text']({ suggestedName: 'a.md', body: 'x' });
    expect(result).toEqual({ status: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('files:open-text', () => {
  it('returns picked files as bytes and refuses oversized or unreadable ones by name', async () => {
    await writeFile(join(dir, 'thread.json'), '{"post_stream":{}}');
    const big = join(dir, 'huge.json');
    await writeFile(big, Buffer.alloc(41 * 1024 * 1024, 32));
    const dialog = {
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [join(dir, 'thread.json'), big, join(dir, 'gone.md')] })),
    };
    const result = await createFileHandlers(dialog as never, () => null)['files:open-text']({ multiple: true });
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.files.map((f) => f.name)).toEqual(['thread.json']);
    expect(new TextDecoder().decode(result.files[0]!.bytes)).toBe('{"post_stream":{}}');
    expect(result.refused.map((r) => r.name)).toEqual(['huge.json', 'gone.md']);
    expect(result.refused[0]!.reason).toMatch(/limit is 40 MB/);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file in one step and leaves no temporary files', async () => {
    const target = join(dir, 'backup.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new content');
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['backup.json']);
  });

  it('keeps the old file when the write fails', async () => {
    const target = join(dir, 'missing-folder', 'backup.json');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
