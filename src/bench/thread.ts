// One new message added to a conversation and its verdict taken: what the extension does on each
// message a chat receives. A language's rules stay on for the rest of a conversation once one of
// its messages looked like that language, so an append costs more in a thread that has seen many
// languages, however long it is. Three threads tell the two effects apart:
// - long:   5,000 messages cycled from the workload;
// - primed: only the messages that switched a language on in the long thread, in order: a short
//           thread with the same languages on (checked, and printed);
// - empty:  a new thread for each message (only the message's own languages on).
// long vs primed is the cost of length alone; primed vs empty, the cost of the languages.
import { performance } from 'node:perf_hooks';
import { ConversationTracker } from '../engine/index.ts';
import { clearMoneyCache } from '../engine/nlp.ts';
import type { Message } from '../engine/types.ts';
import { median, percentile } from './timing.ts';
import type { Workload } from './workloads.ts';

export interface AppendCost {
  label: string;
  /** Messages in the thread before the timed appends. */
  length: number;
  /** Languages whose rules were on before the timed appends (null: a new thread each time). */
  locales: string[] | null;
  medianUs: number;
  p95Us: number;
}

export function measureAppends(w: Workload, appends = 500, longLength = 5000): AppendCost[] {
  const long = new ConversationTracker();
  const switchers: Message[] = [];
  let on: ReadonlySet<string> = new Set();
  for (let i = 0; i < longLength; i++) {
    const m = w.messages[i % w.messages.length]!;
    const { locales } = long.add(m);
    if ([...locales].some((l) => !on.has(l))) switchers.push(m);
    on = locales;
  }
  const longLocales = [...on].sort();
  const primed = new ConversationTracker();
  let primedLocales: string[] = [];
  for (const m of switchers) primedLocales = [...primed.add(m).locales].sort();

  const threads = [
    { label: `a thread of ${long.length.toLocaleString('en')} messages`, length: long.length, locales: longLocales, tracker: () => long, times: [] as number[] },
    { label: `a thread of ${primed.length}: the messages that switched them on`, length: primed.length, locales: primedLocales, tracker: () => primed, times: [] as number[] },
    { label: 'a new thread each time (only the message\u2019s own languages on)', length: 0, locales: null, tracker: () => new ConversationTracker(), times: [] as number[] },
  ];
  const add = (t: ConversationTracker, m: Message): number => {
    clearMoneyCache(); // cold: the thread's earlier copy of the message would have cached its amounts
    const t0 = performance.now();
    t.add(m);
    t.verdict();
    return performance.now() - t0;
  };
  // Warm-up, then the three threads take turns on each message.
  for (let i = 0; i < 50; i++) for (const th of threads) add(th.tracker(), w.messages[i]!);
  for (let i = 0; i < appends; i++) {
    const m = w.messages[(i * 7 + 3) % w.messages.length]!;
    for (const th of threads) th.times.push(add(th.tracker(), m));
  }
  return threads.map((th) => ({ label: th.label, length: th.length, locales: th.locales, medianUs: median(th.times) * 1000, p95Us: percentile(th.times, 0.95) * 1000 }));
}
