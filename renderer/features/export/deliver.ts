/** Hands an export to the member: a save dialog (a download in the browser) or the clipboard. */
import { platform } from '../../lib/platform';
import { useUi } from '../../store';

/** Saves through the platform's dialog; returns a message when it failed, null otherwise. */
export async function saveMarkdown(fileName: string, markdown: string): Promise<string | null> {
  try {
    const result = await platform.saveTextFile({ suggestedName: fileName, body: markdown });
    if (result.status === 'saved') useUi.getState().notify('success', `Saved ${result.fileName}.`);
    return null;
  } catch (error) {
    return `The file could not be saved: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Copies to the clipboard; a refusal (no permission, insecure page) comes back as a message. */
export async function copyMarkdown(markdown: string): Promise<string | null> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard) return 'This window has no access to the clipboard. Save the file instead.';
  try {
    await clipboard.writeText(markdown);
    useUi.getState().notify('success', 'Copied to the clipboard.');
    return null;
  } catch {
    return 'The clipboard refused the text (the window may not have permission). Save the file instead, or try again.';
  }
}
