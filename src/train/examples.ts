import type { LabelledConversation } from '../corpus/load.ts';
import type { Stage } from '../engine/types.ts';
import { type CompiledRules, ConversationTracker, type Message, messageFeatures } from '../engine/index.ts';
import type { SparseExample } from './logistic.ts';

/** A labelled message for the classifier, with where it came from (for balancing and hashing). */
export interface MessageExample extends SparseExample {
  source: string;
  text: string;
}

/**
 * Classifier examples from corpus conversations: each message of the other
 * party, featurised with its conversation context. Scam messages labelled
 * with a stage are positives; every message of a benign conversation is a
 * negative; unlabelled small talk inside a scam is left out (it is neither).
 * `positive` says which stage labels count as positives; `context: false`
 * featurises each message on its own words alone (for the message view).
 */
export function conversationExamples(
  conversations: readonly LabelledConversation[],
  rules: CompiledRules,
  positive: (stage: Stage) => boolean = () => true,
  context = true,
): MessageExample[] {
  const out: MessageExample[] = [];
  for (const c of conversations) {
    const tracker = new ConversationTracker({ rules });
    c.messages.forEach((m, i) => {
      const prepared = tracker.prepare(m);
      tracker.add(m, undefined, prepared);
      if (m.from !== 'them') return;
      const stage = c.stages[i] ?? null;
      const label = c.label === 'benign' ? 0 : stage !== null && positive(stage) ? 1 : null;
      if (label === null) return;
      out.push({ features: context ? prepared.features : messageFeatures(prepared.analysis), label, weight: 1, source: 'corpus', text: m.text });
    });
  }
  return out;
}

/** Examples from single messages (posts, SMS): each is a one-message conversation from "them". */
export function singleMessageExamples(items: ReadonlyArray<{ text: string; label: 0 | 1 }>, source: string, rules: CompiledRules): MessageExample[] {
  return items.map(({ text, label }) => {
    const message: Message = { from: 'them', text };
    const prepared = new ConversationTracker({ rules }).prepare(message);
    return { features: prepared.features, label, weight: 1, source, text };
  });
}

/**
 * Balances the loss: within each source, positives and negatives weigh the
 * same in total; each source then weighs `sourceWeight[source]`.
 */
export function balance(examples: MessageExample[], sourceWeight: Record<string, number>): MessageExample[] {
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(`${e.source}/${e.label}`, (counts.get(`${e.source}/${e.label}`) ?? 0) + 1);
  for (const e of examples) {
    const inSource = (counts.get(`${e.source}/0`) ?? 0) + (counts.get(`${e.source}/1`) ?? 0);
    const classes = (counts.get(`${e.source}/0`) ? 1 : 0) + (counts.get(`${e.source}/1`) ? 1 : 0);
    e.weight = ((sourceWeight[e.source] ?? 1) * inSource) / (classes * counts.get(`${e.source}/${e.label}`)!);
  }
  const mean = examples.reduce((a, e) => a + e.weight, 0) / examples.length;
  for (const e of examples) e.weight /= mean;
  return examples;
}
