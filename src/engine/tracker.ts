import { analyzeMessage, type MessageAnalysis, type RuleHit } from './analyze.ts';
import { type CompiledRules, compileRules, type MetaRule, type Rule } from './rules/index.ts';
import { DEFAULT_FUSION, DEFAULT_SCORING, type FusionParams, fuseRisk, levelOf, riskFromScore, type ScoringParams } from './score.ts';
import { type Level, levelAtLeast, type Message, type Reason, type Stage, type StageMark, stageIndex, type Verdict } from './types.ts';

export interface TrackerOptions {
  rules?: CompiledRules;
  scoring?: ScoringParams;
  fusion?: FusionParams;
}

/** A scam rule hit inside a message that talks about scams or quotes someone counts this much. */
const QUOTED_DISCOUNT = 0.25;
const DAY_MS = 86_400_000;

interface Fired {
  rule: Rule | MetaRule;
  message: number;
  evidence: { start: number; end: number; quote: string } | null;
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
  private count = 0;
  private themCount = 0;
  private readonly fired = new Map<string, Fired>();
  private readonly stages = new Map<Stage, StageMark>();
  /** Newest time each stage or rule id was seen, for meta rules' time windows. */
  private readonly lastSeen = new Map<string, number | null>();
  private modelProbability: number | null = null;
  private warnedAt: number | null = null;
  private current: { score: number; risk: number; level: Level } = { score: 0, risk: 0, level: 'none' };

  constructor(options: TrackerOptions = {}) {
    this.rules = options.rules ?? (defaultRules ??= compileRules());
    this.scoring = options.scoring ?? DEFAULT_SCORING;
    this.fusion = options.fusion ?? DEFAULT_FUSION;
  }

  get length(): number {
    return this.count;
  }

  /**
   * Adds the next message. `modelProbability` is the classifier's probability
   * for this message, when a classifier is in use.
   */
  add(message: Message, modelProbability?: number): MessageAnalysis {
    const index = this.count++;
    const analysis = analyzeMessage(message, this.themCount, this.rules);
    if (message.from === 'them') this.themCount++;
    const time = toMillis(message.time);
    for (const hit of analysis.hits) this.record(hit, index, time, message.text, analysis.quoting || hit.quoted);
    this.fireMetaRules(index, time);
    if (modelProbability !== undefined && message.from === 'them') {
      this.modelProbability = Math.max(this.modelProbability ?? 0, modelProbability);
    }
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
        rule: f.rule.id,
        text: f.rule.description,
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

  private record(hit: RuleHit, index: number, time: number | null, text: string, quoting: boolean): void {
    const { rule } = hit;
    const discounted = quoting && rule.weight > 0 ? rule.weight * QUOTED_DISCOUNT : rule.weight;
    const previous = this.fired.get(rule.id);
    if (!previous || discounted > previous.points) {
      this.fired.set(rule.id, {
        rule,
        message: index,
        evidence: { start: hit.start, end: hit.end, quote: text.slice(hit.start, hit.end) },
        points: discounted,
      });
    }
    // Quoted or negative evidence and the user's own words do not move the script forward.
    if (quoting || rule.weight <= 0 || rule.from !== 'them') return;
    this.lastSeen.set(rule.id, time);
    this.lastSeen.set(rule.stage, time);
    if (!this.stages.has(rule.stage)) this.stages.set(rule.stage, { message: index, time });
  }

  private fireMetaRules(index: number, time: number | null): void {
    for (const meta of this.rules.meta) {
      if (this.fired.has(meta.id)) continue;
      const met = meta.all.every((need) => {
        if (!this.lastSeen.has(need)) return false;
        const seen = this.lastSeen.get(need) ?? null;
        if (meta.withinDays === undefined || seen === null || time === null) return true;
        return time - seen <= meta.withinDays * DAY_MS;
      });
      if (met) this.fired.set(meta.id, { rule: meta, message: index, evidence: null, points: meta.weight });
    }
  }

  /** The user's own words only count once the other party has pitched an investment. */
  private counts(f: Fired): boolean {
    if (!('from' in f.rule) || f.rule.from !== 'me') return true;
    return [...this.stages.keys()].some((s) => stageIndex(s) >= stageIndex('pitch'));
  }

  private rescore(): void {
    let score = 0;
    for (const f of this.fired.values()) if (this.counts(f)) score += f.points;
    const ruleRisk = riskFromScore(score, this.scoring);
    const risk = fuseRisk(ruleRisk, this.modelProbability, this.fusion);
    this.current = { score, risk, level: levelOf(risk, this.scoring) };
  }
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
