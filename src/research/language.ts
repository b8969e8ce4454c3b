import { compileRules, type CompiledRules, type Message, normalize } from '../engine/index.ts';

let rules: CompiledRules | null = null;

/**
 * The language most of the other party's messages are in, by the rule sets'
 * own language detectors, for filtering samples. English has no detector (its
 * rules always run): a message in Latin letters that no detector claims counts
 * as English. Null when the other party wrote nothing readable.
 */
export function mainLanguage(messages: readonly Message[]): string | null {
  rules ??= compileRules();
  const votes = new Map<string, number>();
  for (const m of messages) {
    if (m.from !== 'them') continue;
    const text = normalize(m.text).text;
    const claimed = rules.detectors.filter((d) => d.detect.test(text) && !d.exclude?.test(text)).map((d) => d.locale);
    if (claimed.length === 0 && /[a-z]{2}/.test(text)) claimed.push('en');
    for (const locale of claimed) votes.set(locale, (votes.get(locale) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [locale, n] of votes) if (best === null || n > votes.get(best)!) best = locale;
  return best;
}
