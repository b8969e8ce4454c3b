import { analyzeMessage, type MessageAnalysis, type RuleHit } from './analyze.ts';
import { type FeatureContext, messageFeatures } from './features.ts';
import { FITTED } from './fitted.generated.ts';
import { reasonText } from './reasons/index.ts';
import { type CompiledRule, type CompiledRules, compileRules, type MetaRule } from './rules/index.ts';
import { type Classifier, DEFAULT_FUSION, DEFAULT_MESSAGE, DEFAULT_SCORING, type FusionParams, fuseRisk, levelOf, type MessageParams, messageRisk, riskFromScore, type ScoringParams, type Thresholds } from './score.ts';
import { type Level, levelAtLeast, type Message, type Reason, type Stage, type StageMark, stageIndex, type Verdict } from './types.ts';

export interface TrackerOptions {
  rules?: CompiledRules;
  scoring?: ScoringParams;
  fusion?: FusionParams;
  /** Share of known features below which the classifier abstains (default: the fitted COMPETENCE). */
  competence?: number;
  message?: MessageParams;
}

/** Share of known features below which the classifier abstains on a message (see `ClassifierScores`). */
export const COMPETENCE: number = FITTED.competence;

/**
 * The message view judges the other party's first few messages on their own: a pasted message, a
 * selected text, a chat whose earlier steps happened elsewhere. Past them the conversation view
 * decides, with the whole trajectory to go on.
 */
export const MESSAGE_VIEW_MAX = 3;

/** A scam rule hit in reported speech (someone else's words, see analyze.ts) counts this much. */
const QUOTED_DISCOUNT = 0.25;
const DAY_MS = 86_400_000;
/** The conversation's model probability is the mean of its top few message probabilities. */
const MODEL_TOP_K = 3;

/** The classifier's view of one message: in its conversation, and on its own words alone. */
export interface MessageScores {
  probability: number;
  alone: number;
}

/** A message analysed against the conversation so far, ready to be scored and added. */
export interface PreparedMessage {
  analysis: MessageAnalysis;
  /** Classifier features (empty for the user's own messages, which the classifier does not score). */
  features: Int32Array;
}

interface Fired {
  rule: CompiledRule | MetaRule;
  message: number;
  evidence: { start: number; end: number; quote: string } | null;
  /** 1, or QUOTED_DISCOUNT when the evidence was someone else's words. */
  factor: number;
  points: number;
}

let defaultRules: CompiledRules | null = null;

/**
 * Follows one conversation message by message. Each message is analysed once
 * when added; the conversation state (rules fired, stages reached, score) is
 * updated from that analysis alone, so adding a message to a 5,000-message
 * thread costs the same as adding it to an empty one. Scanning a conversation
 * from scratch is the same as adding its messages one by one.
 */
export class ConversationTracker {
  private readonly rules: CompiledRules;
  private readonly scoring: ScoringParams;
  private readonly fusion: FusionParams;
  private readonly message: MessageParams;
  readonly competence: number;
  private count = 0;
  private themCount = 0;
  private readonly fired = new Map<string, Fired>();
  private readonly stages = new Map<Stage, StageMark>();
  /** Newest time each stage or rule key was seen, for meta rules' time windows. */
  private readonly lastSeen = new Map<string, number | null>();
  /** Highest classifier probabilities of the other party's messages, highest first. */
  private readonly topProbabilities: number[] = [];
  /** How many of the other party's messages the classifier judged (it abstains on the rest). */
  private judged = 0;
  /** Each sender's last three analyses: the classifier's conversation context. */
  private readonly recent: Record<Message['from'], MessageAnalysis[]> = { them: [], me: [] };
  /** Languages seen so far in the conversation: their rules stay on. */
  private locales: ReadonlySet<string> = new Set();
  private warnedAt: number | null = null;
  /** The most alarming single message so far, on its own (the message view). */
  private worstMessage = { risk: 0, level: 'none' as Level, beyond: 0 };
  /** Time of the first message with a time, for the classifier's elapsed-time context. */
  private firstTime: number | null = null;
  private current: { score: number; risk: number; level: Level } = { score: 0, risk: 0, level: 'none' };

  constructor(options: TrackerOptions = {}) {
    this.rules = options.rules ?? (defaultRules ??= compileRules());
    this.scoring = options.scoring ?? DEFAULT_SCORING;
    this.fusion = options.fusion ?? DEFAULT_FUSION;
    this.competence = options.competence ?? COMPETENCE;
    this.message = options.message ?? DEFAULT_MESSAGE;
  }

  get length(): number {
    return this.count;
  }

  /** Analyses the next message against the conversation so far, without adding it. */
  prepare(message: Message): PreparedMessage {
    return this.prepareAll([message])[0]!;
  }

  /**
   * Analyses the next messages in order, each against the conversation before
   * it, without adding them: the classifier can then score them in one batch.
   * (A message's features depend on earlier messages' words and stages, never
   * on their probabilities.)
   */
  prepareAll(messages: readonly Message[]): PreparedMessage[] {
    const recent = { them: [...this.recent.them], me: [...this.recent.me] };
    const stages = new Set(this.stages.keys());
    let themCount = this.themCount;
    let locales = this.locales;
    let firstTime = this.firstTime;
    return messages.map((message) => {
      const analysis = analyzeMessage(message, themCount, this.rules, locales);
      locales = analysis.locales;
      const time = toMillis(message.time);
      firstTime ??= time;
      const days = time !== null && firstTime !== null ? (time - firstTime) / DAY_MS : null;
      const context: FeatureContext = { previous: recent[message.from], stages: [...stages], days };
      const features = message.from === 'them' ? messageFeatures(analysis, context) : new Int32Array(0);
      if (message.from === 'them') themCount++;
      pushRecent(recent[message.from], analysis);
      for (const hit of analysis.hits) if (advancesScript(hit)) stages.add(hit.rule.stage);
      return { analysis, features };
    });
  }

  /**
   * Adds the next message. `model` is the classifier's scores for it, when a
   * classifier is in use and competent on it; `prepared` is this message's
   * result from `prepare`, to avoid analysing it twice.
   */
  add(message: Message, model?: MessageScores, prepared?: PreparedMessage): MessageAnalysis {
    const index = this.count++;
    const analysis = prepared?.analysis ?? analyzeMessage(message, this.themCount, this.rules, this.locales);
    this.locales = analysis.locales;
    if (message.from === 'them') this.themCount++;
    pushRecent(this.recent[message.from], analysis);
    const time = toMillis(message.time);
    this.firstTime ??= time;
    for (const hit of analysis.hits) this.record(hit, index, time, message.text);
    this.fireMetaRules(index, time);
    if (model !== undefined && message.from === 'them') this.recordProbability(model.probability);
    if (message.from === 'them' && this.themCount <= MESSAGE_VIEW_MAX) this.judgeAlone(analysis, model?.alone ?? null);
    this.rescore();
    if (this.warnedAt === null && levelAtLeast(this.current.level, 'medium')) this.warnedAt = index;
    return analysis;
  }

  verdict(): Verdict {
    const furthest = [...this.stages.keys()].sort((a, b) => stageIndex(b) - stageIndex(a))[0] ?? null;
    const reasons: Reason[] = [...this.fired.values()]
      .filter((f) => f.points > 0 && this.counts(f))
      .sort((a, b) => a.message - b.message || b.points - a.points)
      .map((f) => ({
        rule: f.rule.key,
        text: reasonText(f.rule.key, 'locale' in f.rule ? f.rule.locale : 'en'),
        stage: f.rule.stage,
        points: round(f.points),
        message: f.message,
        evidence: f.evidence,
      }));
    return {
      risk: round(this.current.risk),
      level: this.current.level,
      stage: furthest,
      warnedAt: this.warnedAt,
      score: round(this.current.score),
      stages: Object.fromEntries(this.stages),
      reasons,
    };
  }

  /** Every rule key that counts towards the score, with its discount factor (for fitting weights). */
  firedRules(): Array<{ key: string; factor: number }> {
    return [...this.fired.values()].filter((f) => this.counts(f)).map((f) => ({ key: f.rule.key, factor: f.factor }));
  }

  private record(hit: RuleHit, index: number, time: number | null, text: string): void {
    const { rule } = hit;
    const factor = hit.quoted && rule.weight > 0 ? QUOTED_DISCOUNT : 1;
    // One rule key fires once per conversation, in whatever language it was seen first.
    const previous = this.fired.get(rule.key);
    if (!previous || factor > previous.factor) {
      this.fired.set(rule.key, {
        rule,
        message: index,
        evidence: { start: hit.start, end: hit.end, quote: text.slice(hit.start, hit.end) },
        factor,
        points: rule.weight * factor,
      });
    }
    if (!advancesScript(hit)) return;
    this.lastSeen.set(rule.key, time);
    this.lastSeen.set(rule.stage, time);
    if (!this.stages.has(rule.stage)) this.stages.set(rule.stage, { message: index, time });
  }

  private fireMetaRules(index: number, time: number | null): void {
    const seen = (need: string, meta: MetaRule): boolean => {
      if (!this.lastSeen.has(need)) return false;
      const at = this.lastSeen.get(need) ?? null;
      return meta.withinDays === undefined || at === null || time === null || time - at <= meta.withinDays * DAY_MS;
    };
    for (const meta of this.rules.meta) {
      if (this.fired.has(meta.key)) continue;
      const met =
        meta.all.every((need) => seen(need, meta)) &&
        (!meta.oneOf || meta.oneOf.some((need) => seen(need, meta))) &&
        (!meta.atLeast || meta.atLeast.of.filter((group) => group.some((need) => seen(need, meta))).length >= meta.atLeast.count);
      if (met) this.fired.set(meta.key, { rule: meta, message: index, evidence: null, factor: 1, points: meta.weight });
    }
  }

  /** The user's own words only count once the other party has pitched an investment. */
  private counts(f: Fired): boolean {
    if (!('from' in f.rule) || f.rule.from !== 'me') return true;
    return [...this.stages.keys()].some((s) => stageIndex(s) >= stageIndex('pitch'));
  }

  private recordProbability(p: number): void {
    this.judged++;
    const top = this.topProbabilities;
    top.push(p);
    top.sort((a, b) => b - a);
    if (top.length > MODEL_TOP_K) top.pop();
  }

  /**
   * Mean of the top message probabilities, or null without a classifier, or when it judged fewer
   * than half of the other party's messages: a model that can read only the odd message of a
   * conversation (its numbers and links, in a language it never learnt) abstains on the whole.
   */
  modelProbability(): number | null {
    const top = this.topProbabilities;
    if (top.length === 0 || 2 * this.judged < this.themCount) return null;
    return top.reduce((a, b) => a + b, 0) / top.length;
  }

  /** The message view: this message's own later-stage evidence and model probability. */
  private judgeAlone(analysis: MessageAnalysis, modelProbability: number | null): void {
    const risk = messageRisk(ownLaterPoints(analysis), modelProbability, this.message);
    if (risk <= this.worstMessage.risk) return;
    const thresholds = modelProbability === null ? this.message.rulesOnlyThresholds : this.message.thresholds;
    const level = levelOf(risk, thresholds);
    // How far past the medium threshold, from 0 (just warned) towards 1 (certain).
    const beyond = Math.max(0, (risk - thresholds.medium) / Math.max(1e-9, 1 - thresholds.medium));
    this.worstMessage = { risk, level: levelAtLeast(level, this.worstMessage.level) ? level : this.worstMessage.level, beyond: Math.max(beyond, this.worstMessage.beyond) };
  }

  /** The most alarming single message's risk on its own (for fitting and reports). */
  worstMessageRisk(): number {
    return this.worstMessage.risk;
  }

  private rescore(): void {
    let score = 0;
    for (const f of this.fired.values()) if (this.counts(f)) score += f.points;
    const ruleRisk = riskFromScore(score, this.scoring);
    const model = this.modelProbability();
    const thresholds = model === null ? this.scoring.thresholds : this.fusion.thresholds;
    let risk = fuseRisk(ruleRisk, model, this.fusion);
    let level = levelOf(risk, thresholds);
    // A message alarming on its own warns, at medium at most: one message is not a whole script.
    const alone = this.worstMessage.level === 'high' ? 'medium' : this.worstMessage.level;
    if (!levelAtLeast(level, alone)) {
      level = alone;
      // Its risk ranks within the level by how far the message is past its own threshold.
      risk = withinLevel(level, thresholds, this.worstMessage.beyond);
    }
    for (const f of this.fired.values()) if ('floor' in f.rule && f.rule.floor && !levelAtLeast(level, f.rule.floor)) level = f.rule.floor;
    // Before any talk of money the script has only begun: warn, but calmly.
    if (level === 'high' && ![...this.stages.keys()].some((s) => stageIndex(s) >= stageIndex('pitch'))) level = 'medium';
    // The risk always reads as its level does (a floor or a cap moved the level, not the evidence).
    this.current = { score, risk: clampToLevel(risk, level, thresholds), level };
  }
}

/** The lowest risk of `level` and the lowest of the level above it (1 for high). */
function levelBand(level: Level, t: Thresholds): [number, number] {
  if (level === 'high') return [t.high, 1];
  if (level === 'medium') return [t.medium, t.high];
  if (level === 'low') return [t.low, t.medium];
  return [0, t.low];
}

/** A risk `position` (0 to 1) of the way through `level`'s band (clampToLevel keeps it inside). */
function withinLevel(level: Level, t: Thresholds, position: number): number {
  const [from, to] = levelBand(level, t);
  return from + (to - from) * position;
}

/**
 * `risk` moved into `level`'s band, so that a verdict's risk and level never disagree (bounds kept
 * on the thousandth the verdict rounds the risk to).
 */
function clampToLevel(risk: number, level: Level, t: Thresholds): number {
  const [from, to] = levelBand(level, t);
  const low = Math.ceil(from * 1000) / 1000;
  const high = level === 'high' ? 1 : Math.max(low, Math.floor((from + (to - from) * 0.999) * 1000) / 1000);
  return Math.min(Math.max(risk, low), high);
}

/**
 * Adds messages to a tracker with a classifier: all are prepared in order,
 * the other party's are scored in one batch, then each is added with its
 * probability, or without one where the model abstains (it knew too few of
 * the message's features: a language or script it never learnt).
 */
export async function addWithClassifier(tracker: ConversationTracker, messages: readonly Message[], classifier: Classifier): Promise<PreparedMessage[]> {
  const prepared = tracker.prepareAll(messages);
  const probabilityOf = await competentProbabilities(messages, prepared, classifier, tracker.competence);
  messages.forEach((m, i) => tracker.add(m, probabilityOf.get(i), prepared[i]));
  return prepared;
}

/** The classifier's probability for each of the other party's messages it is competent to judge, by index. */
export async function competentProbabilities(
  messages: readonly Message[],
  prepared: readonly PreparedMessage[],
  classifier: Classifier,
  competence = COMPETENCE,
): Promise<Map<number, MessageScores>> {
  const themIndexes = messages.flatMap((m, i) => (m.from === 'them' ? [i] : []));
  if (themIndexes.length === 0) return new Map();
  const { probability, alone, coverage } = await classifier.score(themIndexes.map((i) => prepared[i]!.features));
  return new Map(themIndexes.flatMap((i, k) => (coverage[k]! >= competence ? [[i, { probability: probability[k]!, alone: alone[k]! }] as const] : [])));
}

/**
 * Messages per classifier batch when scanning a whole conversation. A batch's features take
 * 2 kB a message, and the model's WebAssembly memory grows to fit the largest batch and never
 * shrinks, so one batch for a 100,000-message conversation would cost hundreds of MB.
 */
export const CLASSIFIER_BATCH = 512;

/**
 * Scans a whole conversation with a classifier; returns the tracker after the last message.
 * Messages go through in batches, each prepared against the state after the ones before: the
 * same verdict as one batch, in memory that does not grow with the conversation.
 */
export async function scanWithClassifier(messages: readonly Message[], classifier: Classifier, options: TrackerOptions = {}, batch = CLASSIFIER_BATCH): Promise<ConversationTracker> {
  const tracker = new ConversationTracker(options);
  for (let i = 0; i < messages.length; i += batch) await addWithClassifier(tracker, messages.slice(i, i + batch), classifier);
  return tracker;
}

/** Points of a message's own evidence from the off-platform stage on (hook and rapport lines alone are innocent-looking). */
export function ownLaterPoints(analysis: MessageAnalysis): number {
  let points = 0;
  const seen = new Set<string>();
  for (const hit of analysis.hits) {
    if (!advancesScript(hit) || stageIndex(hit.rule.stage) < stageIndex('off_platform') || seen.has(hit.rule.key)) continue;
    seen.add(hit.rule.key);
    points += hit.rule.weight;
  }
  return points;
}

/** Reported or negative evidence and the user's own words do not move the script forward. */
function advancesScript(hit: RuleHit): boolean {
  return !hit.quoted && hit.rule.weight > 0 && (hit.rule.from ?? 'them') === 'them';
}

function pushRecent(list: MessageAnalysis[], analysis: MessageAnalysis): void {
  list.push(analysis);
  if (list.length > 3) list.shift();
}

/** Scans a whole conversation from scratch. */
export function scanConversation(messages: readonly Message[], options: TrackerOptions = {}): Verdict {
  const tracker = new ConversationTracker(options);
  for (const m of messages) tracker.add(m);
  return tracker.verdict();
}

function toMillis(time: Message['time']): number | null {
  if (time === undefined) return null;
  const ms = typeof time === 'number' ? time : Date.parse(time);
  return Number.isFinite(ms) ? ms : null;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
