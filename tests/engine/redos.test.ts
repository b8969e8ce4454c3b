import { readdirSync, readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { analyse } from 'scslre';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { DIGIT_MONEY, WORD_MONEY_CUE } from '../../src/engine/nlp.ts';
import { compileRules, RULE_SETS } from '../../src/engine/rules/index.ts';

// Every regular expression the engine runs on a message must take linear time
// on any text: one hostile message must not stall the scorer every tab shares.
// Checked three ways:
//   - statically, with the analysis behind eslint-plugin-regexp's
//     no-super-linear-backtracking and no-super-linear-move (scslre), on every
//     pattern as built at run time (rules are joined into one RegExp per rule);
//   - statically, by linting the engine's sources with those two rules (the
//     literals of normalize, entities, nlp and wallets);
//   - dynamically, because scslre only knows attacks that repeat one
//     character: each compiled pattern against repeated short strings ("1,",
//     "usdt ", "prozent1"...), which must not take quadratic time.

const compiled = compileRules();

/** Every pattern the engine runs, by name. */
const patterns: Array<[string, RegExp]> = [
  ...compiled.rules.flatMap((r): Array<[string, RegExp]> => (r.pattern ? [[r.id, r.pattern]] : [])),
  ...RULE_SETS.flatMap((s) => s.rules.flatMap((r) => (r.any ?? []).map((p, i): [string, RegExp] => [`${s.locale}.${r.key}.any[${i}]`, p]))),
  ...RULE_SETS.flatMap((s) => s.reporting.map((p, i): [string, RegExp] => [`${s.locale}.reporting[${i}]`, p])),
  ...compiled.reporting.map(({ locale, pattern }): [string, RegExp] => [`${locale}.reporting`, pattern]),
  ...compiled.detectors.map(({ locale, detect }): [string, RegExp] => [`${locale}.detect`, detect]),
  ['DIGIT_MONEY', DIGIT_MONEY],
  ['WORD_MONEY_CUE', WORD_MONEY_CUE],
];

const REDOS_RULES = { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'error' } as const;
const linter = new Linter({ configType: 'flat' });

describe('ReDoS: static analysis', () => {
  it('finds no super-linear backtracking or moves in any pattern (scslre, as the eslint plugin runs it)', () => {
    const reports: string[] = [];
    for (const [name, re] of patterns) {
      for (const report of analyse({ source: re.source, flags: re.flags }, { assumeRejectingSuffix: false }).reports) {
        reports.push(`${name}: ${report.type}${report.exponential ? ' (exponential)' : ''} on repeated ${JSON.stringify(report.character.pick)}`);
      }
    }
    expect(reports).toEqual([]);
  });

  it('finds nothing with the eslint plugin rules on each pattern as a literal', () => {
    // `.test(s)`: the pattern is used whole, as the engine uses it.
    const code = patterns.map(([, re]) => `/${re.source}/${re.flags}.test(s);`).join('\n');
    const messages = linter.verify(code, [{ plugins: { regexp }, rules: REDOS_RULES }]);
    expect(messages.map((m) => `${patterns[m.line - 1]?.[0]}: ${m.message}`)).toEqual([]);
  });

  it("finds nothing with the eslint plugin rules in the engine's sources", () => {
    const root = new URL('../../src/engine/', import.meta.url);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files).toContain('normalize.ts');
    const config = [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser as Linter.Parser }, plugins: { regexp }, rules: REDOS_RULES }];
    const problems = files.flatMap((f) =>
      linter.verify(readFileSync(new URL(f, root), 'utf8'), config, f).map((m) => `${f}:${m.line}:${m.column} ${m.message}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('ReDoS: repeated short strings', () => {
  const ALPHABET = ['1', ',', '.', ' ', 'a', '$', '€', '%', 'k', "'", '-', '@', '/', '?', '\n', 'é', '"', '(', '一', '万'];
  const units = [...ALPHABET, ...ALPHABET.flatMap((a) => ALPHABET.map((b) => a + b)), '1, ', 'a 1', '1 a', 'ab ', 'a1,', '1k ', '$1,'];
  // The words a pattern looks for, glued to what could follow them.
  const wordUnits = (re: RegExp): string[] =>
    [...new Set(re.source.match(/[a-z\u4e00-\u9fff]{2,}/g) ?? [])].slice(0, 60).flatMap((w) => [w, `${w} `, `${w}a`, `a${w}`, `${w}1`, `1${w}`, `${w} 1`, `${w} 1,`, `${w},`]);
  const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const time = (re: RegExp, text: string, runs: number): number => {
    let best = Infinity;
    for (let k = 0; k < runs; k++) {
      re.lastIndex = 0;
      const t0 = performance.now();
      re.exec(text);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const SMALL = 2_000;
  const LARGE = 16_000;

  it('stay fast on 16,000 characters of any of them', () => {
    const slow: string[] = [];
    for (const [name, re] of patterns) {
      if (name.includes('.any[') || name.includes('.reporting[')) continue; // run as parts of the compiled patterns
      for (const unit of [...units, ...wordUnits(re)]) {
        // A screen on 2,000 characters: a pattern quadratic on this unit but
        // faster than this would still take under ~10 ms on 16,000.
        if (time(re, repeat(unit, SMALL), 2) < 0.15) continue;
        const large = time(re, repeat(unit, LARGE), 3);
        // Linear patterns take well under 2 ms here; quadratic ones, hundreds.
        if (large > 25) {
          slow.push(`${name} on ${JSON.stringify(unit)}: ${large.toFixed(1)} ms`);
          break; // one attack is enough to report
        }
      }
    }
    expect(slow).toEqual([]);
    // Every compiled pattern on every attack unit: about 100 s on a loaded 2-core machine.
  }, 300_000);
});
