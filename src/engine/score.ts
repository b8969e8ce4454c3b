import { FITTED } from './fitted.generated.ts';
import type { Level } from './types.ts';

/**
 * From points to risk and level. Rule points add up (SpamAssassin style); the
 * sum maps to a risk in [0, 1] through a logistic curve. With fitted weights
 * (`npm run train`) points are log-odds and the curve is the fitted logistic
 * regression; level thresholds are chosen on dev data.
 */
export interface Thresholds {
  low: number;
  medium: number;
  high: number;
}

export interface ScoringParams {
  /** Points at which the rules alone give risk 0.5. */
  centre: number;
  /** Steepness of the logistic curve, per point. */
  slope: number;
  /** Risk thresholds of each level when no classifier is used. */
  thresholds: Thresholds;
}

/** How the classifier's view and the rules' view combine, in logit space. */
export interface FusionParams {
  ruleWeight: number;
  modelWeight: number;
  bias: number;
  /** Risk thresholds of each level when a classifier is used. */
  thresholds: Thresholds;
}

/**
 * The message view: how alarming one message of the other party is on its own,
 * from its own later-stage rule points and the classifier's probability for it.
 * A message past `medium` warns whatever the rest of the conversation says: a
 * pasted message, a selected text, or "pay the 20% tax to withdraw" in a chat
 * whose earlier steps happened elsewhere.
 */
export interface MessageParams {
  ruleWeight: number;
  modelWeight: number;
  bias: number;
  /** Without a competent model: the rule points alone. */
  rulesOnly: { ruleWeight: number; bias: number };
  thresholds: Thresholds;
  rulesOnlyThresholds: Thresholds;
}

export const DEFAULT_SCORING: ScoringParams = FITTED.scoring;
export const DEFAULT_FUSION: FusionParams = FITTED.fusion;
export const DEFAULT_MESSAGE: MessageParams = FITTED.message;

/** One message's risk on its own; `modelProbability` null when the model abstained or is absent. */
export function messageRisk(points: number, modelProbability: number | null, m: MessageParams = DEFAULT_MESSAGE): number {
  const z = modelProbability === null ? m.rulesOnly.ruleWeight * points + m.rulesOnly.bias : m.ruleWeight * points + m.modelWeight * logit(modelProbability) + m.bias;
  return 1 / (1 + Math.exp(-z));
}

export function riskFromScore(score: number, p: ScoringParams = DEFAULT_SCORING): number {
  return 1 / (1 + Math.exp(-p.slope * (score - p.centre)));
}

export function levelOf(risk: number, t: Thresholds = DEFAULT_SCORING.thresholds): Level {
  if (risk >= t.high) return 'high';
  if (risk >= t.medium) return 'medium';
  if (risk >= t.low) return 'low';
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
  /** For each message (given as `messageFeatures` output): its scores. */
  score(features: readonly Int32Array[]): Promise<ClassifierScores>;
}

export interface ClassifierScores {
  /** Probability that the message is a step of a scam script past the opening, given the conversation so far. */
  probability: Float32Array;
  /** The same from the message's own words alone, as if it had no conversation around it (the message view). */
  alone: Float32Array;
  /**
   * Share of the message's features that training knew. Below the fitted
   * competence threshold (a language or script the model never saw) the model
   * abstains: its probability there is no evidence of innocence.
   */
  coverage: Float32Array;
}

export const logit = (p: number): number => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

/** Fuses rule risk and classifier probability into one risk. Without a model, the rule risk stands. */
export function fuseRisk(ruleRisk: number, modelProbability: number | null, f: FusionParams = DEFAULT_FUSION): number {
  if (modelProbability === null) return ruleRisk;
  const z = f.ruleWeight * logit(ruleRisk) + f.modelWeight * logit(modelProbability) + f.bias;
  return 1 / (1 + Math.exp(-z));
}
