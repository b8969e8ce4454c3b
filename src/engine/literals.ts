import { type AST, RegExpParser } from '@eslint-community/regexpp';

/**
 * Required literals of a regular expression, for the rule prefilter
 * (prefilter.ts). Build-time only (prefilter.build.ts): parsing the rules'
 * 700 kB of pattern source takes about half a second.
 *
 * The answer is a list of branches; each branch is a list of groups; each
 * group a list of literals. Every match of the pattern lies in one branch and
 * contains, for every group of that branch, at least one of its literals. A
 * text for which no branch has all its groups present cannot match, so the
 * pattern need not run. (The branches are the pattern's top-level
 * alternatives; a branch's groups are requirements of separate parts of one
 * concatenation, each necessary on its own: "numero" and "errado" for
 * `numero \w+ errado`.)
 *
 * Sound by construction, never clever: every node gets
 *   - `exact`, the complete finite set of strings it can match (or null when
 *     that set is unknown or too large), and
 *   - `need`, a set of which every match contains one member (or null: no
 *     requirement known).
 * Assertions (`\b`, `^`, lookarounds) consume nothing, so they match only the
 * empty string as far as the matched text goes; what they forbid only makes
 * matches rarer. Anything not understood (a class of many characters, a
 * backreference, flags that change what a character matches) gives up: no
 * requirement, so the rule always runs.
 */
export type Requirement = string[][][];

/** Most strings kept in one node's exact set (cross products grow fast). */
const EXACT_CAP = 64;
/** Largest character class enumerated as single-character strings. */
const CLASS_CAP = 8;
/** Largest quantifier bound expanded into exact strings. */
const REPEAT_CAP = 3;

interface Info {
  exact: Set<string> | null;
  need: Set<string> | null;
  /** For a concatenation: every requirement found, each necessary on its own. */
  all?: Array<Set<string>>;
}

/** Groups kept per branch: past three, another one rarely rules anything more out. */
const GROUPS_PER_BRANCH = 3;
/** Most branches per pattern (top-level alternatives and the alternatives of a lone group within them). */
const BRANCH_CAP = 96;

const NOTHING: Info = { exact: null, need: null };
const EMPTY: Info = { exact: new Set(['']), need: null };

/**
 * Required literals of `source` compiled with `flags`, or null when the pattern
 * may match without any literal we can name (it must then always run).
 */
export function requiredLiterals(source: string, flags: string): Requirement | null {
  // Only flags that leave "a character matches itself" true: g and y change where a search starts, d adds indices.
  if (/[^gyd]/.test(flags)) return null;
  const pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: false, unicodeSets: false });
  const out: Requirement = [];
  for (const alternative of branches(pattern.alternatives)) {
    const groups = requirementsOf(alternative);
    if (groups.length === 0) return null;
    out.push(groups.map(minimise));
  }
  return out.length > 0 ? out : null;
}

/**
 * The pattern's alternatives, where an alternative that is one group (between
 * assertions at most: `\b(?:a|b c)\b`) gives its own alternatives instead.
 */
function branches(alternatives: readonly AST.Alternative[]): AST.Alternative[] {
  const out: AST.Alternative[] = [];
  for (const a of alternatives) {
    const parts = a.elements.filter((e) => e.type !== 'Assertion');
    const only = parts.length === 1 ? parts[0]! : null;
    if (only && (only.type === 'Group' || only.type === 'CapturingGroup') && !('modifiers' in only && only.modifiers)) {
      const inner = branches(only.alternatives);
      if (out.length + inner.length + alternatives.length <= BRANCH_CAP) {
        out.push(...inner);
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** The rarest few requirements of one alternative (all necessary), or none when it needs nothing we can name. */
function requirementsOf(alternative: AST.Alternative): Array<Set<string>> {
  const info = sequence(alternative.elements);
  const all = [...(info.all ?? [])];
  const whole = needOf(info);
  if (whole && !all.includes(whole)) all.push(whole);
  return all.sort((a, b) => chance(a) - chance(b)).slice(0, GROUPS_PER_BRANCH);
}

/**
 * Cuts each literal to its shortest prefix that is rare enough (a prefix of a
 * required string is found whenever the string is), then drops any literal
 * that contains another (the shorter one is found whenever the longer is).
 */
function minimise(need: ReadonlySet<string>): string[] {
  const cut = [...new Set([...need].map(rarePrefix))].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const kept: string[] = [];
  for (const s of cut) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept.sort();
}

function disjunction(alternatives: readonly AST.Alternative[]): Info {
  const infos = alternatives.map((a) => sequence(a.elements));
  let exact: Set<string> | null = new Set();
  for (const i of infos) {
    if (!i.exact || !exact || exact.size + i.exact.size > EXACT_CAP) {
      exact = null;
      break;
    }
    for (const s of i.exact) exact.add(s);
  }
  if (exact && !exact.has('')) return { exact, need: exact };
  // Every branch must name something; one branch without a requirement frees the whole.
  const need = new Set<string>();
  for (const i of infos) {
    const n = needOf(i);
    if (!n) return { exact, need: null };
    for (const s of n) need.add(s);
  }
  return { exact, need };
}

/** A node's requirement: its exact set when that holds no empty string, else what it needs. */
function needOf(i: Info): Set<string> | null {
  if (i.exact && i.exact.size > 0 && !i.exact.has('')) return i.exact;
  return i.need;
}

/**
 * A concatenation: consecutive elements with exact sets are joined into runs
 * (cross products: "wrong" + " " + "number"); the match contains every run and
 * every element's requirement, so the best one of them is the requirement.
 */
function sequence(elements: readonly AST.Element[]): Info {
  let run: Set<string> = new Set(['']);
  let whole: Set<string> | null = run;
  const all: Array<Set<string>> = [];
  const consider = (n: Set<string> | null): void => {
    if (n && n.size > 0 && !n.has('')) all.push(n);
  };
  for (const e of elements) {
    const i = element(e);
    if (i.exact && run.size * i.exact.size <= EXACT_CAP) {
      run = product(run, i.exact);
      if (whole) whole = run;
      continue;
    }
    whole = null;
    consider(run);
    consider(needOf(i));
    run = i.exact ?? new Set(['']);
  }
  consider(run);
  let best: Set<string> | null = null;
  for (const n of all) if (!best || chance(n) < chance(best)) best = n;
  return { exact: whole, need: best, all };
}

/**
 * The likelier a set is to be found in an innocent text, the worse it is: a
 * literal's chance falls with its length (a letter of another script is rarer
 * than an ASCII one), a set's is the sum of its members'. Small sets of
 * medium words beat long lists of long phrases, which also keeps the table small.
 */
function chance(set: ReadonlySet<string>): number {
  let sum = 0;
  for (const s of set) sum += Math.max(FLOOR, charChance(rarePrefix(s)));
  return sum;
}

const charChance = (s: string): number => {
  let p = 1;
  for (let i = 0; i < s.length; i++) p *= unitChance(s.charCodeAt(i));
  return p;
};

/** Rough odds of a code unit in chat text: spaces, digits and punctuation are everywhere, a letter of another script is rare. */
function unitChance(c: number): number {
  if (c >= 0x80) return 0.0625;
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 0.25 : 0.5;
}

/** The shortest prefix of `s` at least as rare as FLOOR (or all of it). */
function rarePrefix(s: string): string {
  let p = 1;
  for (let i = 0; i < s.length; i++) {
    p *= unitChance(s.charCodeAt(i));
    // Never end between the two halves of a surrogate pair.
    if (p <= FLOOR && !(s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff)) return s.slice(0, i + 1);
  }
  return s;
}
/** Past about six letters a literal is rare enough: longer ones are not worth a bigger table. */
const FLOOR = 0.25 ** 6;

function product(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function element(e: AST.Element): Info {
  switch (e.type) {
    case 'Character':
      return { exact: new Set([char(e.value)]), need: null };
    case 'Assertion':
      // Consumes nothing: as far as the matched text goes, it is the empty string.
      return EMPTY;
    case 'Group':
      if (e.modifiers) return NOTHING; // (?i:...) changes what characters match
      return disjunction(e.alternatives);
    case 'CapturingGroup':
      return disjunction(e.alternatives);
    case 'CharacterClass':
      return characterClass(e);
    case 'Quantifier':
      return quantifier(e);
    default:
      // Backreferences, `.`, `\d`, `\w`, `\s`, `\p{...}`: no literal to name.
      return NOTHING;
  }
}

function char(value: number): string {
  return value <= 0xffff ? String.fromCharCode(value) : String.fromCodePoint(value);
}

function characterClass(c: AST.CharacterClass): Info {
  if (c.negate || c.unicodeSets) return NOTHING;
  const chars = new Set<string>();
  for (const el of c.elements) {
    if (el.type === 'Character') chars.add(char(el.value));
    else if (el.type === 'CharacterClassRange' && el.max.value - el.min.value < CLASS_CAP) {
      for (let v = el.min.value; v <= el.max.value; v++) chars.add(char(v));
    } else return NOTHING;
    if (chars.size > CLASS_CAP) return NOTHING;
  }
  // An empty class matches nothing; no requirement is the safe answer.
  return chars.size > 0 ? { exact: chars, need: chars } : NOTHING;
}

function quantifier(q: AST.Quantifier): Info {
  if (q.max === 0) return EMPTY;
  const inner = element(q.element);
  if (inner.exact && q.max <= REPEAT_CAP) {
    let exact: Set<string> | null = new Set(q.min === 0 ? [''] : []);
    let power = new Set(['']);
    for (let k = 1; k <= q.max && exact; k++) {
      if (power.size * inner.exact.size > EXACT_CAP) exact = null;
      else {
        power = product(power, inner.exact);
        if (k >= q.min) for (const s of power) exact.add(s);
        if (exact.size > EXACT_CAP) exact = null;
      }
    }
    if (exact) return { exact, need: exact.has('') ? null : exact };
  }
  // At least one repetition: the element's requirement stands; none: nothing is required.
  return { exact: null, need: q.min >= 1 ? needOf(inner) : null };
}
