// The message sets `npm run bench` times every side on: whole corpus conversations, held out
// from the fastText baseline's training (dev and test splits), in a fixed order.
import { fnv1a } from '../engine/hash.ts';
import type { Message } from '../engine/types.ts';
import type { LabelledConversation } from '../corpus/load.ts';

export interface Workload {
  name: string;
  conversations: Message[][];
  /** The same messages, flattened in conversation order. */
  messages: Message[];
  /** Corpus language of each conversation. */
  langs: string[];
}

const heldOut = (c: LabelledConversation): boolean => c.split !== 'train';
/** A stable order that mixes writers, labels and families (file order would not). */
const byHash = (a: LabelledConversation, b: LabelledConversation): number => fnv1a(a.id) - fnv1a(b.id) || (a.id < b.id ? -1 : 1);

function workload(name: string, picked: LabelledConversation[]): Workload {
  const conversations = picked.map((c) => c.messages);
  return { name, conversations, messages: conversations.flat(), langs: picked.map((c) => c.lang) };
}

/** Whole English conversations, up to about `size` messages. */
export function englishWorkload(corpus: readonly LabelledConversation[], size = 3000): Workload {
  const picked: LabelledConversation[] = [];
  let total = 0;
  for (const c of corpus.filter((c) => c.lang === 'en' && heldOut(c)).sort(byHash)) {
    if (total >= size) break;
    picked.push(c);
    total += c.messages.length;
  }
  return workload('English', picked);
}

/**
 * Whole conversations of every corpus language, about the same number of messages from each, up
 * to about `size` in all; languages take turns so no stretch of the workload is one language.
 */
export function mixedWorkload(corpus: readonly LabelledConversation[], size = 3000): Workload {
  const byLang = new Map<string, LabelledConversation[]>();
  for (const c of [...corpus].sort(byHash)) if (heldOut(c)) byLang.set(c.lang, [...(byLang.get(c.lang) ?? []), c]);
  const quota = Math.ceil(size / byLang.size);
  const queues = [...byLang.keys()].sort().map((lang) => {
    const picked: LabelledConversation[] = [];
    let total = 0;
    for (const c of byLang.get(lang)!) {
      if (total >= quota) break;
      picked.push(c);
      total += c.messages.length;
    }
    return picked;
  });
  const picked: LabelledConversation[] = [];
  for (let i = 0; queues.some((q) => i < q.length); i++) for (const q of queues) if (i < q.length) picked.push(q[i]!);
  return workload(`mixed, ${byLang.size} languages`, picked);
}

export const meanChars = (messages: readonly Message[]): number => messages.reduce((n, m) => n + m.text.length, 0) / Math.max(1, messages.length);
