import { readsLanguageOf } from '../engine/coverage.ts';
import { addWithClassifier, type Classifier, ConversationTracker, levelAtLeast, type Message, type PreparedMessage, reasonText, scanConversation, scanWithClassifier, type Stage, STAGES, type Verdict } from '../engine/index.ts';
import type { UrlEntity } from '../engine/entities.ts';
import { isLinkShortener } from '../engine/platform/services.ts';
import type { ScoreRequest, ThreadVerdict } from './protocol.ts';

/** A badge goes on a message whose own evidence is at least this strong (log-odds points). */
const BADGE_MIN_POINTS = 0.5;
/** First contact and friendliness are context, shown under "Why?", not as badges on friendly messages. */
const NO_BADGE_STAGES = new Set(['hook', 'rapport']);
/** Long-lived pages can visit many threads; the oldest trackers are dropped past this. */
const MAX_THREADS = 200;

interface ThreadState {
  tracker: ConversationTracker;
  keys: string[];
  /** Each message's own strongest evidence (by message index), for its badge. */
  evidence: Map<number, { points: number; text: string; rule: string }>;
  /** Registrable domains of the links the other party sent (not well-known services). */
  domains: Set<string>;
}
/** A thread keeps at most this many domains (a spammy thread cannot grow it without bound). */
const MAX_DOMAINS = 20;

/**
 * Keeps one incremental tracker per thread and scores new messages, batching
 * the classifier over all of a request's messages. Runs off the page.
 */
export class ThreadScorer {
  private readonly threads = new Map<string, ThreadState>();

  constructor(private readonly classifier: Classifier | null) {}

  /** Whether a classifier is fused with the rules. */
  get usesModel(): boolean {
    return this.classifier !== null;
  }

  /**
   * Scores a request's new messages. `thread` is the key the caller derived (the site
   * from the sender's URL plus the site's thread id), never taken from the request alone.
   */
  async score(thread: string, request: ScoreRequest): Promise<ThreadVerdict> {
    let state = this.threads.get(thread);
    if (!state || request.reset) {
      state = { tracker: new ConversationTracker(), keys: [], evidence: new Map(), domains: new Set() };
      this.threads.delete(thread);
      this.threads.set(thread, state);
      if (this.threads.size > MAX_THREADS) this.threads.delete(this.threads.keys().next().value!);
    }
    // Requests arrive validated (parseScoreRequest): at most LIMITS.textChars a message.
    const messages = request.messages;
    const prepared = this.classifier ? await addWithClassifier(state.tracker, messages, this.classifier) : addAll(state.tracker, messages);
    prepared.forEach((p, i) => {
      // A badge shows what this message itself says, even when the same rule already fired earlier.
      if (messages[i]!.from !== 'them') return;
      for (const e of p.analysis.entities) {
        const url = e as UrlEntity;
        if (e.kind !== 'url' || url.wellKnown || isLinkShortener(url.judgement.domain) || state.domains.size >= MAX_DOMAINS) continue;
        state.domains.add(asciiDomain(url.judgement.domain));
      }
      for (const hit of p.analysis.hits) {
        const { rule } = hit;
        if (hit.quoted || rule.weight < BADGE_MIN_POINTS || NO_BADGE_STAGES.has(rule.stage)) continue;
        const index = state.keys.length + i;
        const current = state.evidence.get(index);
        if (!current || rule.weight > current.points) state.evidence.set(index, { points: rule.weight, text: reasonText(rule.key, rule.locale), rule: rule.key });
      }
    });
    state.keys.push(...request.messages.map((m) => m.key));
    return this.view(thread, state);
  }

  /** Scores a whole conversation at once, apart from every thread (the popup's and context menu's checks). */
  async check(messages: ReadonlyArray<{ from: 'them' | 'me'; text: string }>): Promise<ThreadVerdict> {
    const once = new ThreadScorer(this.classifier);
    const verdict = await once.score('check', { type: 'redflag:score', thread: 'check', reset: true, messages: messages.map((m, i) => ({ ...m, key: String(i) })) });
    return { ...verdict, unreadLanguage: !readsLanguageOf(messages.map((m) => m.text)) };
  }

  /** The engine's whole verdict on a conversation (stages with their messages, evidence spans): for samples and reports. */
  async fullVerdict(messages: readonly Message[]): Promise<Verdict> {
    return this.classifier ? (await scanWithClassifier(messages, this.classifier)).verdict() : scanConversation(messages);
  }

  private view(thread: string, state: ThreadState): ThreadVerdict {
    const v = state.tracker.verdict();
    const keyOf = (i: number): string | null => state.keys[i] ?? null;
    const warned = levelAtLeast(v.level, 'medium');
    return {
      thread,
      level: v.level,
      risk: v.risk,
      stage: v.stage,
      stagesReached: STAGES.filter((s: Stage) => v.stages[s] !== undefined),
      warnedAtKey: v.warnedAt === null ? null : keyOf(v.warnedAt),
      reasons: v.reasons.map((r) => ({ rule: r.rule, text: r.text, points: r.points, stage: r.stage, key: keyOf(r.message), quote: r.evidence?.quote ?? null })),
      flagged: warned ? [...state.evidence.entries()].flatMap(([i, b]) => (keyOf(i) ? [{ key: keyOf(i)!, reason: b.text, rule: b.rule }] : [])) : [],
      domains: warned ? [...state.domains] : [],
      length: state.keys.length,
    };
  }
}

/** The form a browser's address bar holds (punycode), so "bіnance.com" is never stored as binance.com. */
function asciiDomain(domain: string): string {
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return domain;
  }
}

function addAll(tracker: ConversationTracker, messages: readonly Message[]): PreparedMessage[] {
  const prepared = tracker.prepareAll(messages);
  messages.forEach((m, i) => tracker.add(m, undefined, prepared[i]));
  return prepared;
}
