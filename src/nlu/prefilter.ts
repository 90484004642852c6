/**
 * A prefilter for tables of regular expressions tried in turn on the same words (the complaint rules, the intent
 * rules, the homophone and dialect rewrites): most of them cannot match most answers, and on a short answer each
 * try costs about as much as its setup, so a reading spent most of its time in tries that could not succeed.
 *
 * For every expression the parser (@eslint-community/regexpp, the parser ESLint uses) gives a set of UTF-16 code
 * units of which any match must contain at least one: a literal character, a class, the union over the branches of
 * an alternation, the smallest such set among the required parts of a sequence, and the words a positive lookahead
 * or lookbehind requires (those lie in the text too). An expression for which no such set exists (`.`, a negated
 * class, a part that can be empty everywhere) is always tried. An index from code unit to the expressions that
 * require it then gives, for the words at hand, the expressions worth trying: the others are skipped, and since any
 * of their matches would have contained a unit that is not in the words, skipping them changes no result.
 *
 * Pure and exact: `candidates(text)` is a superset of the expressions that can match `text`.
 */
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

/** A set of code units any match contains one of, or null (no such set: always try). */
type Units = Set<number> | null;

const MAX_RANGE = 512;

/** An astral character is found by its first code unit (the text is scanned by code units). */
const unitOf = (cp: number): number => String.fromCodePoint(cp).charCodeAt(0);

function union(a: Units, b: Units): Units {
  if (!a || !b) return null;
  const u = new Set(a);
  for (const x of b) u.add(x);
  return u;
}

/** Units of a class element (a character, a range, an escape such as \d). */
function classElement(e: AST.CharacterClassElement): Units {
  switch (e.type) {
    case 'Character':
      return new Set([unitOf(e.value)]);
    case 'CharacterClassRange': {
      if (e.max.value - e.min.value > MAX_RANGE) return null;
      const out = new Set<number>();
      for (let cp = e.min.value; cp <= e.max.value; cp++) out.add(unitOf(cp));
      return out;
    }
    case 'CharacterSet':
      if (e.kind === 'digit' && !e.negate) return new Set([0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39]);
      return null;
    default:
      return null;
  }
}

interface Need {
  /** The units (null: none known). */
  units: Units;
  /** Whether the part can match the empty string (then it requires nothing of a sequence). */
  empty: boolean;
}

const NOTHING: Need = { units: null, empty: true };

function alternatives(alts: AST.Alternative[]): Need {
  let units: Units = new Set();
  let empty = false;
  for (const a of alts) {
    const n = sequence(a.elements);
    if (n.empty) empty = true;
    units = union(units, n.units);
  }
  return empty ? { units: null, empty: true } : { units, empty: false };
}

/** A sequence requires the smallest known set among its parts that cannot be empty. */
function sequence(elements: AST.Element[]): Need {
  let best: Units = null;
  let empty = true;
  for (const el of elements) {
    const n = element(el);
    // A lookaround or an assertion matches no text, yet a positive lookaround requires its words in the text.
    if (el.type !== 'Assertion') {
      if (n.empty) continue;
      empty = false;
    }
    if (n.units && (!best || n.units.size < best.size)) best = n.units;
  }
  return { units: best, empty: empty && !best };
}

function element(el: AST.Element): Need {
  switch (el.type) {
    case 'Character':
      return { units: new Set([unitOf(el.value)]), empty: false };
    case 'CharacterClass': {
      if (el.negate || el.unicodeSets) return { units: null, empty: false };
      let units: Units = new Set();
      for (const e of el.elements) units = union(units, classElement(e as AST.CharacterClassElement));
      return { units, empty: false };
    }
    case 'CharacterSet':
      return { units: el.kind === 'digit' && !el.negate ? classElement(el) : null, empty: false };
    case 'Group':
    case 'CapturingGroup':
      return alternatives(el.alternatives);
    case 'Quantifier':
      return el.min === 0 ? NOTHING : element(el.element);
    case 'Assertion':
      if ((el.kind === 'lookahead' || el.kind === 'lookbehind') && !el.negate) {
        const n = alternatives(el.alternatives);
        return { units: n.empty ? null : n.units, empty: true };
      }
      return NOTHING;
    case 'Backreference':
      return NOTHING;
    default:
      return { units: null, empty: false };
  }
}

/** The code units any match of `re` contains one of, or null when no such set is known. */
export function requiredUnits(re: RegExp): Set<number> | null {
  // (Case folding reaches characters outside a letter's two forms, K and the Kelvin sign under /iu: not worth knowing.)
  if (re.ignoreCase) return null;
  const ast = parseRegExpLiteral(re);
  const n = alternatives(ast.pattern.alternatives);
  return n.empty ? null : n.units;
}

/**
 * The index over a table of expressions. `candidates(text)` gives a bit set over the table (a Uint32Array, bit i
 * for expression i) of the expressions that may match the text; `may(bits, i)` reads it.
 */
export class RegexTable {
  readonly size: number;
  private readonly words: number;
  private readonly always: Uint32Array;
  private readonly byUnit = new Map<number, Uint32Array>();

  /**
   * `forReplace`: the table is used with String.prototype.replace, which starts from the beginning whatever the
   * expression's lastIndex. Otherwise (exec, test) a global or sticky expression is always tried: its lastIndex is
   * state that a skipped try would not have reset.
   */
  /** Every table built, with its expressions (for the test that checks the index against the expressions themselves). */
  static readonly built: { expressions: readonly RegExp[]; table: RegexTable }[] = [];

  constructor(expressions: readonly RegExp[], forReplace = false) {
    RegexTable.built.push({ expressions, table: this });
    this.size = expressions.length;
    this.words = Math.ceil(expressions.length / 32) || 1;
    this.always = new Uint32Array(this.words);
    expressions.forEach((re, i) => {
      const units = !forReplace && (re.global || re.sticky) ? null : requiredUnits(re);
      const bit = 1 << (i & 31);
      const w = i >>> 5;
      if (!units) {
        this.always[w]! |= bit;
        return;
      }
      for (const u of units) {
        let row = this.byUnit.get(u);
        if (!row) this.byUnit.set(u, (row = new Uint32Array(this.words)));
        row[w]! |= bit;
      }
    });
  }

  /** The expressions that may match `text`. */
  candidates(text: string): Uint32Array {
    const bits = this.always.slice();
    let last = -1;
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      if (u === last) continue;
      last = u;
      const row = this.byUnit.get(u);
      if (row) for (let w = 0; w < this.words; w++) bits[w]! |= row[w]!;
    }
    return bits;
  }

  static may(bits: Uint32Array, i: number): boolean {
    return (bits[i >>> 5]! & (1 << (i & 31))) !== 0;
  }
}

/**
 * A table of rewrites applied in order (`s = s.replace(re, to)` for each), trying only those whose words can be in
 * the text as it stands: the candidates are found again after each rewrite that changes it.
 */
export class RewriteTable<T> {
  private readonly table: RegexTable;
  constructor(private readonly rules: readonly (readonly [RegExp, T])[]) {
    this.table = new RegexTable(rules.map(([re]) => re), true);
  }

  apply(text: string, rewrite: (s: string, re: RegExp, to: T) => string): string {
    let s = text;
    let may = this.table.candidates(s);
    for (let i = 0; i < this.rules.length; i++) {
      if (!RegexTable.may(may, i)) continue;
      const [re, to] = this.rules[i]!;
      const next = rewrite(s, re, to);
      if (next !== s) {
        s = next;
        may = this.table.candidates(s);
      }
    }
    return s;
  }
}
