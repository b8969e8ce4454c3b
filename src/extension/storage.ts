import { storage } from 'wxt/utils/storage';

/**
 * What the extension remembers, on this device only: the conversations the
 * user marked "not a scam" (keyed by site and thread, undoable), and settings.
 */
export const notScamThreads = storage.defineItem<Record<string, number>>('local:notScamThreads', {
  fallback: {},
  version: 1,
});

export interface Settings {
  /** Larger text in warnings (for relatives who set it up for a parent). */
  largeText: boolean;
}

export const settings = storage.defineItem<Settings>('local:settings', {
  fallback: { largeText: false },
  version: 1,
});

export async function isNotScam(thread: string): Promise<boolean> {
  return (await notScamThreads.getValue())[thread] !== undefined;
}

export async function setNotScam(thread: string, value: boolean): Promise<void> {
  const all = { ...(await notScamThreads.getValue()) };
  if (value) all[thread] = Date.now();
  else delete all[thread];
  await notScamThreads.setValue(all);
}
