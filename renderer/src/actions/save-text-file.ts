import { call } from '../api/client';

/**
 * Saves a text file for a profile: main checks it holds none of the profile's stored secrets and,
 * in Electron, asks where to save it; in browser mode the page downloads it. True when saved (or
 * handed to the browser's download), false when the admin cancelled the save dialog.
 */
export async function saveTextFile(profileId: string, suggestedName: string, text: string, kind: 'markdown' | 'handoff'): Promise<boolean> {
  const answer = await call('files.saveText', { profileId, suggestedName, text, kind });
  if (answer.savedBy === 'main') return answer.saved;
  const type = kind === 'markdown' ? 'text/markdown;charset=utf-8' : 'application/json;charset=utf-8';
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy; the blob is freed once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
  return true;
}
