import { type Classifier, competentProbabilities, ConversationTracker, type Message, type TrackerOptions, type Verdict } from '../engine/index.ts';
import { FITTED } from '../engine/fitted.generated.ts';

/** One conversation seen three ways: rules alone, classifier alone, and both fused. */
export interface ThreeWayResult {
  heuristic: Verdict;
  fused: Verdict;
  classifier: { probability: number; warned: boolean; warnedAt: number | null };
}

/**
 * Runs a conversation once through the rules (which also featurises it), scores
 * all of the other party's messages in one classifier batch, then replays it
 * with the probabilities, noting when each view would first have warned.
 */
export async function runThreeWays(
  messages: readonly Message[],
  classifier: Classifier,
  options: TrackerOptions = {},
  threshold: number = FITTED.classifierThresholds.medium,
): Promise<ThreeWayResult> {
  const rulesOnly = new ConversationTracker(options);
  const prepared = messages.map((m) => {
    const p = rulesOnly.prepare(m);
    rulesOnly.add(m, undefined, p);
    return p;
  });
  const probabilityOf = await competentProbabilities(messages, prepared, classifier, rulesOnly.competence);
  const fused = new ConversationTracker(options);
  let warnedAt: number | null = null;
  messages.forEach((m, i) => {
    fused.add(m, probabilityOf.get(i), prepared[i]);
    if (warnedAt === null && (fused.modelProbability() ?? 0) >= threshold) warnedAt = i;
  });
  const probability = fused.modelProbability() ?? 0;
  return { heuristic: rulesOnly.verdict(), fused: fused.verdict(), classifier: { probability, warned: warnedAt !== null, warnedAt } };
}
