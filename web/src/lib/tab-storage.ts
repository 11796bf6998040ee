/*
 * What the app keeps in the tab's sessionStorage (drafts that may hold PHI) is namespaced under one
 * prefix, so signing out can remove all of it and the next person at the keyboard finds nothing.
 */

export const TAB_STORAGE_PREFIX = 'tumor-board:';

/** Removes every key the app wrote to sessionStorage; other sites' keys on the origin stay. */
export function clearTabStorage(storage: Storage | undefined = safeSessionStorage()): void {
  if (!storage) return;
  const ours: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(TAB_STORAGE_PREFIX)) ours.push(key);
  }
  for (const key of ours) storage.removeItem(key);
}

function safeSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be disabled; then there is nothing to clear.
    return undefined;
  }
}
