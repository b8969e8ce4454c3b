import type { Level, Message } from './types.ts';

/**
 * From points to risk and level. Rule points add up (SpamAssassin style); the
 * sum maps to a risk in [0, 1] through a logistic curve centred on the
 * `medium` threshold, so risk 0.5 means "worth an inline warning".
 */
export interface ScoringParams {
  /** Points at which risk is 0.5. */
  centre: number;
  /** Steepness of the logistic curve, per point. */
  slope: number;
  /** Risk thresholds of each level. */
  thresholds: { low: number; medium: number; high: number };
}

export const DEFAULT_SCORING: ScoringParams = {
  centre: 3.5,
  slope: 0.7,
  thresholds: { low: 0.2, medium: 0.5, high: 0.85 },
};

export function riskFromScore(score: number, p: ScoringParams = DEFAULT_SCORING): number {
  return 1 / (1 + Math.exp(-p.slope * (score - p.centre)));
}

export function levelOf(risk: number, p: ScoringParams = DEFAULT_SCORING): Level {
  if (risk >= p.thresholds.high) return 'high';
  if (risk >= p.thresholds.medium) return 'medium';
  if (risk >= p.thresholds.low) return 'low';
  return 'none';
}

/**
 * A learned model that scores messages. The engine works without one; when
 * present its probability is fused with the rule evidence (see `fuseRisk`).
 * Implementations batch: one call for many messages.
 */
export interface Classifier {
  /** Model version and training-data hash, for reports and `--version`. */
  readonly version: string;
  /**
   * Probability that each message is part of a scam script. `context` holds
   * what the same sender said before (newest last), for conversation features.
   */
  score(batch: ReadonlyArray<{ message: Message; context: readonly Message[] }>): Promise<Float32Array | number[]>;
}

/** How much the classifier's view moves the rules' view, in logit space. */
export interface FusionParams {
  ruleWeight: number;
  modelWeight: number;
  bias: number;
}

export const DEFAULT_FUSION: FusionParams = { ruleWeight: 1, modelWeight: 1, bias: 0 };

const logit = (p: number): number => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

/** Fuses rule risk and classifier probability into one risk. Without a model, the rule risk stands. */
export function fuseRisk(ruleRisk: number, modelProbability: number | null, f: FusionParams = DEFAULT_FUSION): number {
  if (modelProbability === null) return ruleRisk;
  const z = f.ruleWeight * logit(ruleRisk) + f.modelWeight * logit(modelProbability) + f.bias;
  return 1 / (1 + Math.exp(-z));
}
