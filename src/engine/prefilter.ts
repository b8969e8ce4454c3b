/**
 * One pass over a message that tells which patterns can possibly match it.
 *
 * Every pattern (a rule's joined patterns, a language's reporting phrases, a
 * language detector) comes with a requirement computed at build time from its
 * syntax (literals.ts, stored in prefilter.generated.ts): branches, each a few
 * groups of literals, such that any match lies in a branch and holds one
 * literal of each of its groups. Patterns without one always run. The
 * literals of all patterns go into one trie over UTF-16 code units; walking
 * it from every position of the folded text marks the groups whose literal
 * occurs. A pattern with no branch fully marked provably cannot match, so
 * most of the ~850 patterns never run on a given message.
 *
 * Literals are a few characters long (cut where they are rare enough), so
 * the walk from one position is short and the pass takes linear time.
 */
export type Requirement = ReadonlyArray<ReadonlyArray<readonly string[]>>;

export class Prefilter {
  /** Number of pattern slots. */
  readonly size: number;
  // Slot s's branches are [branchStart[s], branchStart[s + 1]); branch b's groups are
  // branchGroups[groupStart[b] .. groupStart[b + 1]). A slot with no branch always runs.
  private readonly branchStart: Int32Array;
  private readonly groupStart: Int32Array;
  private readonly branchGroups: Int32Array;
  /** seen[g] === generation: group g's literal occurs in the text of the last scan. */
  private readonly seen: Uint32Array;
  private generation = 0;
  /** Child of the root for each code unit (0: none); the root is dense, it is visited at every position. */
  private readonly root = new Int32Array(0x10000);
  // Other nodes' children in one open-addressing hash table keyed by (node, code unit):
  // about one probe a step, where a search through a node's sorted children took several.
  // Entry h is edges[3h .. 3h + 2] = node (-1: empty), code unit, child: one cache line a probe.
  private readonly edges: Int32Array;
  private readonly edgeMask: number;
  // Groups with a literal ending at node n: outGroup[outStart[n] .. outStart[n + 1]).
  private readonly outStart: Int32Array;
  private readonly outGroup: Int32Array;

  /** `requirements[slot]`: the slot's requirement, or null when it must always run. */
  constructor(requirements: ReadonlyArray<Requirement | null>) {
    this.size = requirements.length;
    this.branchStart = new Int32Array(requirements.length + 1);
    const groupStart: number[] = [];
    const branchGroups: number[] = [];
    // Every literal's code units bound the number of nodes and edges: size the tables once.
    let units = 1;
    for (const r of requirements) if (r) for (const branch of r) for (const group of branch) for (const literal of group) units += literal.length;
    let capacity = 16;
    while (capacity < units * 2) capacity *= 2;
    this.edgeMask = capacity - 1;
    this.edges = new Int32Array(capacity * 3);
    for (let h = 0; h < capacity; h++) this.edges[3 * h] = -1;
    /** Per node, the groups whose literal ends there (node 0 is the root). */
    const outputs: number[][] = [[]];
    const childOf = (node: number, c: number): number => {
      if (node === 0) {
        let next = this.root[c]!;
        if (next === 0) this.root[c] = next = outputs.push([]) - 1;
        return next;
      }
      let h = edgeHash(node, c) & this.edgeMask;
      for (let at = this.edges[3 * h]!; at !== -1; at = this.edges[3 * h]!) {
        if (at === node && this.edges[3 * h + 1] === c) return this.edges[3 * h + 2]!;
        h = (h + 1) & this.edgeMask;
      }
      const next = outputs.push([]) - 1;
      this.edges[3 * h] = node;
      this.edges[3 * h + 1] = c;
      this.edges[3 * h + 2] = next;
      return next;
    };
    let groups = 0;
    requirements.forEach((requirement, slot) => {
      this.branchStart[slot] = groupStart.length;
      // Unusable requirements (no branch, a branch or group with nothing in it, an empty literal) always run.
      if (!requirement || requirement.length === 0 || requirement.some((b) => b.length === 0 || b.some((g) => g.length === 0 || g.includes('')))) return;
      for (const branch of requirement) {
        groupStart.push(branchGroups.length);
        for (const group of branch) {
          const g = groups++;
          branchGroups.push(g);
          for (const literal of group) {
            let node = 0;
            for (let i = 0; i < literal.length; i++) node = childOf(node, literal.charCodeAt(i));
            const out = outputs[node]!;
            if (out[out.length - 1] !== g) out.push(g);
          }
        }
      }
    });
    this.branchStart[requirements.length] = groupStart.length;
    groupStart.push(branchGroups.length);
    this.groupStart = Int32Array.from(groupStart);
    this.branchGroups = Int32Array.from(branchGroups);
    this.seen = new Uint32Array(groups);

    const nodes = outputs.length;
    this.outStart = new Int32Array(nodes + 1);
    let outs = 0;
    for (let n = 0; n < nodes; n++) {
      this.outStart[n] = outs;
      outs += outputs[n]!.length;
    }
    this.outStart[nodes] = outs;
    this.outGroup = new Int32Array(outs);
    for (let n = 0; n < nodes; n++) this.outGroup.set(outputs[n]!, this.outStart[n]!);
  }

  /** Reads `text`; `may` then answers for it, until the next scan. */
  scan(text: string): void {
    // A new generation forgets the last text's groups without clearing anything.
    if (++this.generation === 0xffffffff) {
      this.seen.fill(0);
      this.generation = 1;
    }
    const gen = this.generation;
    const { root, edges, edgeMask, outStart, outGroup, seen } = this;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let node = root[text.charCodeAt(i)]!;
      let j = i;
      while (node !== 0) {
        for (let k = outStart[node]!, end = outStart[node + 1]!; k < end; k++) seen[outGroup[k]!] = gen;
        if (++j >= n) break;
        const c = text.charCodeAt(j);
        let h = 3 * (edgeHash(node, c) & edgeMask);
        let next = 0;
        for (let at = edges[h]!; at !== -1; at = edges[h]!) {
          if (at === node && edges[h + 1] === c) {
            next = edges[h + 2]!;
            break;
          }
          h = h + 3 === edges.length ? 0 : h + 3;
        }
        node = next;
      }
    }
  }

  /** Whether the pattern in `slot` can match the last scanned text (false: it provably cannot). */
  may(slot: number): boolean {
    const first = this.branchStart[slot]!;
    const last = this.branchStart[slot + 1]!;
    if (first === last) return true;
    const { groupStart, branchGroups, seen, generation } = this;
    for (let b = first; b < last; b++) {
      let all = true;
      for (let k = groupStart[b]!, end = groupStart[b + 1]!; k < end; k++) {
        if (seen[branchGroups[k]!] !== generation) {
          all = false;
          break;
        }
      }
      if (all) return true;
    }
    return false;
  }
}

function edgeHash(node: number, c: number): number {
  return Math.imul(node ^ (c << 15), 0x9e3779b1) >>> 12;
}
