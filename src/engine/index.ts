// The RedFlag engine: pure TypeScript, no browser or UI dependencies. The
// extension, the CLI and the tests all use it through this file.
export { analyzeMessage, type MessageAnalysis, type RuleHit } from './analyze.ts';
export type { AnyEntity, EntityKind } from './entities.ts';
export { normalize, type NormalizedText, originalSpan } from './normalize.ts';
export { type CompiledRule, type CompiledRules, compileRules, META_RULES, RULE_SETS, ruleKeys } from './rules/index.ts';
export { REASONS, type ReasonKey, reasonText } from './reasons/index.ts';
export type { EntityTag, MetaRule, Rule, RuleSet } from './rules/types.ts';
export { type Classifier, type ClassifierScores, DEFAULT_FUSION, DEFAULT_MESSAGE, type MessageParams, messageRisk, DEFAULT_SCORING, type FusionParams, fuseRisk, levelOf, logit, riskFromScore, type ScoringParams, type Thresholds } from './score.ts';
export { addWithClassifier, CLASSIFIER_BATCH, COMPETENCE, competentProbabilities, ConversationTracker, MESSAGE_VIEW_MAX, type MessageScores, ownLaterPoints, type PreparedMessage, scanConversation, scanWithClassifier, type TrackerOptions } from './tracker.ts';
export { FEATURE_BITS, FEATURE_DIM, MAX_FEATURES, messageFeatures, packFeatures, PADDING_INDEX } from './features.ts';
export * from './types.ts';
export { findWalletAddresses, validateAddress } from './wallets.ts';
