/**
 * Remembers the main window's size and position between launches in a small JSON file
 * under userData. A missing, corrupt or off-screen state falls back to defaults.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

const stateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof stateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 840, isMaximized: false };

type Rect = { x: number; y: number; width: number; height: number };

/** Reads the saved state; keeps the position only if it is visible on one of `displays`. */
export async function loadWindowState(file: string, displays: Rect[]): Promise<WindowState> {
  let parsed: WindowState;
  try {
    const result = stateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!result.success) return DEFAULT_WINDOW_STATE;
    parsed = result.data;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  if (parsed.x === undefined || parsed.y === undefined) return parsed;
  const { x, y } = parsed;
  const visible = displays.some((d) => x >= d.x - 50 && y >= d.y - 50 && x < d.x + d.width - 100 && y < d.y + d.height - 100);
  return visible ? parsed : { width: parsed.width, height: parsed.height, isMaximized: parsed.isMaximized };
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(state));
}
