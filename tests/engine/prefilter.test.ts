import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/engine/literals.ts';
import { normalize } from '../../src/engine/normalize.ts';
import { Prefilter } from '../../src/engine/prefilter.ts';
import { patternsOf, renderTable } from '../../src/engine/prefilter.build.ts';
import { requirementFor } from '../../src/engine/prefilter-table.ts';
import { compileRules, RULE_SETS } from '../../src/engine/rules/index.ts';

const compiled = compileRules();
/** Every slot of the compiled prefilter with its pattern, as analyze.ts consults them. */
const slots: Array<{ id: string; slot: number; pattern: RegExp }> = [
  ...compiled.rules.flatMap((r, i) => (r.pattern ? [{ id: r.id, slot: i, pattern: r.pattern }] : [])),
  ...compiled.reporting.map((r) => ({ id: `reporting:${r.locale}`, slot: r.slot, pattern: r.pattern })),
  ...compiled.detectors.map((d) => ({ id: `detect:${d.locale}`, slot: d.slot, pattern: d.detect })),
];
const matches = (pattern: RegExp, text: string): boolean => {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
};
const may = (slot: number, text: string): boolean => {
  compiled.prefilter.scan(text);
  return compiled.prefilter.may(slot);
};

describe('required literals', () => {
  const req = (re: RegExp): string[][][] | null => requiredLiterals(re.source, re.flags);

  it('names the literal a concatenation needs, and every branch of an alternation', () => {
    expect(req(/\bwrong number\b/)).toEqual([[['wrong n']]]);
    expect(req(/\b(?:fate|destiny) brought us\b/)).toEqual([[['destin', 'fate br']]]);
    expect(req(/abc|xyz/)).toEqual([[['abc']], [['xyz']]]);
  });

  it('keeps several groups of one branch, all needed', () => {
    const r = req(/\bnumero\w{0,9} errado\b/);
    expect(r).toHaveLength(1);
    expect(r![0]!.map((g) => g.join('|')).sort()).toEqual([' errado', 'numero'].sort());
  });

  it('gives up when a branch may match without a literal', () => {
    expect(req(/abc|\d+/)).toBeNull();
    expect(req(/(?:abc)?/)).toBeNull();
    expect(req(/[a-z]+/)).toBeNull();
    expect(req(/(a)\1/)).toEqual([[['a']]]);
    expect(req(/.{3}/)).toBeNull();
  });

  it('gives up on flags that change what a character matches', () => {
    expect(req(/abc/i)).toBeNull();
    expect(req(/abc/u)).toBeNull();
    expect(req(/abc/s)).toBeNull();
    expect(req(/abc/g)).toEqual([[['abc']]]);
  });

  it('treats assertions as matching nothing, and small classes as their characters', () => {
    expect(req(/(?<!x)ab(?=c)d/)).toEqual([[['abd']]]);
    expect(req(/[资資]金/)).toEqual([[['資金', '资金']]]);
  });
});

describe('the prefilter table', () => {
  it('is up to date with the rules (see src/engine/prefilter.build.ts to rebuild it)', () => {
    expect(readFileSync(new URL('../../src/engine/prefilter.generated.ts', import.meta.url), 'utf8') === renderTable()).toBe(true);
  });

  it('covers nearly every pattern, so few always run', () => {
    const missing = patternsOf().filter(([key, pattern]) => requirementFor(key, pattern) === null);
    // Script detectors are one wide character class; a handful of patterns open with a class or a wildcard.
    expect(missing.length).toBeLessThan(20);
  });

  it('answers "always run" for a pattern whose source changed', () => {
    expect(requirementFor('en.wrong_number', /something else entirely/)).toBeNull();
  });
});

describe('Prefilter', () => {
  it('needs one literal of every group of some branch', () => {
    const p = new Prefilter([[[['abc', 'xyz'], ['def']], [['qq']]], null, [[['']]]]);
    const check = (text: string): boolean[] => {
      p.scan(text);
      return [p.may(0), p.may(1), p.may(2)];
    };
    expect(check('abc def')).toEqual([true, true, true]);
    expect(check('abc de')).toEqual([false, true, true]);
    expect(check('xyzdef')).toEqual([true, true, true]);
    expect(check('q q')).toEqual([false, true, true]);
    expect(check('aqq')).toEqual([true, true, true]);
    expect(check('')).toEqual([false, true, true]);
  });

  it('finds overlapping literals and literals inside others', () => {
    const p = new Prefilter([[[['aab']]], [[['ab']]], [[['b']]], [[['abx']]]]);
    p.scan('aaab');
    expect([0, 1, 2, 3].map((s) => p.may(s))).toEqual([true, true, true, false]);
  });
});

/**
 * Soundness: whenever a pattern matches a text, the prefilter lets it run. Texts are
 * built from every rule's own examples, its literals and pieces of its source, so the
 * patterns really do match many of them.
 */
describe('soundness', () => {
  const examples = RULE_SETS.flatMap((s) => s.rules.flatMap((r) => [...r.examples.hit, ...r.examples.miss])).map((t) => normalize(t).text);

  it('lets every pattern run on every rule example it matches', () => {
    let matched = 0;
    for (const text of examples) {
      compiled.prefilter.scan(text);
      for (const { id, slot, pattern } of slots) {
        if (!matches(pattern, text)) continue;
        matched++;
        expect(compiled.prefilter.may(slot), `${id} on ${JSON.stringify(text)}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(5000);
    // Every pattern against every example of every language: millions of regex runs.
  }, 180_000);

  it('lets every pattern run on random texts made of its own pieces that it matches', () => {
    let matched = 0;
    for (const { id, slot, pattern } of slots) {
      const requirement = requirementFor(id, pattern) ?? [];
      const literals = requirement.flat(2);
      const own = RULE_SETS.flatMap((s) => s.rules.filter((r) => `${s.locale}.${r.key}` === id).flatMap((r) => r.examples.hit)).map((t) => normalize(t).text);
      // Words and fragments of the source (minus regex syntax), so near-misses are common.
      const fragments = pattern.source.split(/[\\()[\]{}|?*+^$.:!<=,]+/).filter((f) => f.length > 0);
      const piece = fc.oneof(
        fc.constantFrom(...(literals.length > 0 ? literals : ['x'])),
        fc.constantFrom(...(fragments.length > 0 ? fragments : ['x'])),
        fc.constantFrom(...(own.length > 0 ? own : ['x'])),
        fc.constantFrom(' ', ' ', '?', '1', '$', '%', 'a', 'e'),
        fc.string({ maxLength: 4 }),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
          const text = parts.join('');
          if (!matches(pattern, text)) return;
          matched++;
          expect(may(slot, text), `${id} on ${JSON.stringify(text)}`).toBe(true);
        }),
        { numRuns: 40, seed: slot },
      );
    }
    expect(matched).toBeGreaterThan(1000);
  });
});
