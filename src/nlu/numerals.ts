/**
 * Chinese (and mixed Arabic/Chinese) numerals.
 *
 * Two entry points:
 * - {@link parseChineseNumber}: a whole string that is one number (零点五, 一百二, 壹拾壹元整,
 *   8千3, 3.5萬, 负十点五, 一二三 read digit by digit) -> number | null.
 * - {@link findNumbers}: number tokens inside an utterance, with their position, whether they
 *   were read digit by digit, and an approximate range for 七八 / 十五六 / 三四十.
 *
 * Table-driven: the digit and unit tables below are the whole vocabulary.
 */

/** Digit characters (simplified, traditional, financial, spoken 幺/洞/拐 readings). */
const DIGITS: Readonly<Record<string, number>> = {
  '零': 0, '〇': 0, '○': 0, '洞': 0,
  '一': 1, '壹': 1, '幺': 1, '弌': 1,
  '二': 2, '两': 2, '兩': 2, '贰': 2, '貳': 2, '俩': 2, '倆': 2, '弍': 2,
  '三': 3, '叁': 3, '參': 3, '弎': 3, '仨': 3,
  '四': 4, '肆': 4,
  '五': 5, '伍': 5,
  '六': 6, '陆': 6, '陸': 6,
  '七': 7, '柒': 7, '拐': 7,
  '八': 8, '捌': 8,
  '九': 9, '玖': 9,
};

/** Small units (within a 万 section). */
const SMALL_UNITS: Readonly<Record<string, number>> = {
  '十': 10, '拾': 10, '什': 10,
  '百': 100, '佰': 100, '陌': 100,
  '千': 1000, '仟': 1000, '阡': 1000,
};

/** Section units. */
const BIG_UNITS: Readonly<Record<string, number>> = {
  '万': 1e4, '萬': 1e4,
  '亿': 1e8, '億': 1e8,
  '兆': 1e12,
};

/** Contracted tens. */
const TENS: Readonly<Record<string, number>> = { '廿': 20, '卅': 30, '卌': 40 };

const POINT = new Set(['点', '點', '.']);
const MINUS = new Set(['负', '負', '-', '−']);

/** Trailing words a number may carry in financial writing (壹拾壹元整). */
const TRAILING = /(?:元整|圆整|元正|圆正|整|元|圆|块钱|块)$/;

/** Characters that can belong to a numeral token. */
export const NUMERAL_CHAR = /[0-9零〇○洞一壹幺弌二两兩贰貳俩倆弍三叁參弎仨四肆五伍六陆陸七柒拐八捌九玖十拾什百佰陌千仟阡万萬亿億兆廿卅卌点點.]/;

function isDigitChar(c: string): boolean {
  return c in DIGITS || (c >= '0' && c <= '9');
}

function digitOf(c: string): number | undefined {
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  return DIGITS[c];
}

/**
 * Parse the integer part of a numeral (no sign, no decimal point).
 * Returns null when the text is not a well-formed numeral.
 */
function parseInteger(s: string): { value: number; digitString: boolean } | null {
  if (s === '') return null;
  const chars = [...s];
  const hasUnit = chars.some((c) => c in SMALL_UNITS || c in BIG_UNITS || c in TENS);
  if (!hasUnit) {
    // A run of digits, read digit by digit (一二三 = 123, 一一 = 11, 2024 = 2024).
    let v = 0;
    for (const c of chars) {
      const d = digitOf(c);
      if (d === undefined) return null;
      v = v * 10 + d;
    }
    return { value: v, digitString: chars.length > 1 && chars.some((c) => !(c >= '0' && c <= '9')) };
  }
  let total = 0; // completed 亿/兆 sections
  let belowYi = 0; // completed 万 section below the current 亿
  let section = 0; // value inside the current 万 section
  let current: number | null = null; // pending digits
  let lastUnit = 0; // the unit just before a trailing bare digit (for 一百二 = 120)
  let sawZero = false;
  let sectionUnit = 0; // the last small unit in the current 万 section
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (c >= '0' && c <= '9') {
      // A run of Arabic digits is one number (四千230).
      let j = i;
      let v = 0;
      while (j < chars.length && chars[j]! >= '0' && chars[j]! <= '9') {
        v = v * 10 + (chars[j]!.charCodeAt(0) - 48);
        j++;
      }
      if (current !== null) return null;
      current = v;
      if (j - i > 1) lastUnit = 0; // multi-digit: no contraction
      i = j;
      continue;
    }
    const d = DIGITS[c];
    if (d !== undefined) {
      if (d === 0) {
        sawZero = true;
        lastUnit = 0;
        i++;
        continue;
      }
      if (current !== null) return null; // 二三 inside a unit numeral: not a number here
      current = d;
      i++;
      continue;
    }
    const tens = TENS[c];
    if (tens !== undefined) {
      if (current !== null) return null;
      section += tens;
      lastUnit = 10;
      sawZero = false;
      i++;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      // Units fall within a section (千 > 百 > 十): 十十 or 百千 is not a numeral.
      if (sectionUnit !== 0 && small >= sectionUnit) return null;
      sectionUnit = small;
      section += (current ?? 1) * small;
      current = null;
      lastUnit = small;
      sawZero = false;
      i++;
      continue;
    }
    const big = BIG_UNITS[c];
    if (big !== undefined) {
      // 8千3萬 = 8300万: a bare digit after a small unit is contracted before a big unit too.
      if (current !== null && !sawZero && lastUnit >= 100 && lastUnit < 1e4 && current < 10) {
        current = current * (lastUnit / 10);
      }
      const sectionValue = section + (current ?? 0);
      if (big === 1e4) {
        belowYi += (sectionValue === 0 && belowYi === 0 && total === 0 ? 1 : sectionValue) * big;
      } else {
        const v = belowYi + sectionValue;
        total = (total + (v === 0 ? 1 : v)) * big;
        belowYi = 0;
      }
      section = 0;
      sectionUnit = 0;
      current = null;
      lastUnit = big;
      sawZero = false;
      i++;
      continue;
    }
    return null;
  }
  if (current !== null) {
    // 一百二 = 120, 三万五 = 35000, 8千3 = 8300: a bare digit right after a unit (no 零).
    if (!sawZero && lastUnit >= 100 && current < 10) current = current * (lastUnit / 10);
    section += current;
  }
  return { value: total + belowYi + section, digitString: false };
}

/** Parse a fractional part read digit by digit (点一四一五 -> "1415"). */
function parseFraction(s: string): string | null {
  let out = '';
  for (const c of s) {
    const d = digitOf(c);
    if (d === undefined) return null;
    out += String(d);
  }
  return out === '' ? null : out;
}

/** Result of {@link parseNumeral}. */
export interface ParsedNumeral {
  value: number;
  /** The integer part was a run of digits read one by one (一二三 = 123). */
  digitString: boolean;
  /** A decimal point was present. */
  decimal: boolean;
}

/**
 * Parse a string that is exactly one numeral (after the optional trailing currency word).
 * Supports signs, decimals, units up to 兆, financial characters, mixed Arabic digits,
 * contractions (一百二, 两千六, 萬五, 3萬5) and scaled decimals (3.5万, 二十点一万, 四万点六).
 */
export function parseNumeral(input: string): ParsedNumeral | null {
  let s = input.trim().replace(/[,，\s]/g, '');
  s = s.replace(TRAILING, '');
  if (s === '') return null;
  let sign = 1;
  const first = s[0]!;
  if (MINUS.has(first) || first === '+' || first === '正') {
    if (MINUS.has(first)) sign = -1;
    s = s.slice(1);
  }
  const chars = [...s];
  const p = chars.findIndex((c) => POINT.has(c));
  let intPart = p < 0 ? s : chars.slice(0, p).join('');
  let fracPart = p < 0 ? '' : chars.slice(p + 1).join('');
  if (p >= 0 && fracPart === '') return null;
  // A big unit after the decimals scales the whole number: 3.5万, 二十点一万.
  let scale = 1;
  if (fracPart !== '') {
    const m = /([万萬亿億千仟])$/.exec(fracPart);
    if (m) {
      const u = m[1]!;
      scale = BIG_UNITS[u] ?? SMALL_UNITS[u] ?? 1;
      fracPart = fracPart.slice(0, -1);
    }
  }
  if (intPart === '' && p >= 0) intPart = '零';
  const int = parseInteger(intPart);
  if (!int) return null;
  let value = int.value;
  if (fracPart !== '') {
    const f = parseFraction(fracPart);
    if (f === null) return null;
    value = Number(`${int.value}.${f}`);
  }
  value *= scale;
  if (scale !== 1) value = Number(value.toPrecision(15));
  return { value: sign * value === 0 ? 0 : sign * value, digitString: int.digitString, decimal: p >= 0 };
}

/**
 * Parse a whole string as one Chinese/Arabic numeral.
 * @returns the number, or null when the string is not one numeral.
 */
export function parseChineseNumber(input: string): number | null {
  return parseNumeral(input)?.value ?? null;
}

/** A number found inside an utterance by {@link findNumbers}. */
export interface NumberToken {
  /** Index (in UTF-16 code units) of the first character, and one past the last. */
  start: number;
  end: number;
  text: string;
  value: number;
  /** An approximate reading such as 七八 (7–8), 十五六 (15–16), 三四十 (30–40). */
  range?: [number, number];
  /** The integer part was read digit by digit (一二三). */
  digitString: boolean;
  decimal: boolean;
}

const RUN = /[0-9零〇○一壹二两兩贰貳俩倆三叁參仨四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億廿卅点點.]+/g;

/** Adjacent-digit approximations: 七八, 十五六, 三四十, 七八十, 两三. */
function approximate(run: string): [number, number] | null {
  // Round 19 (t19V2): across a ten (十九二十, 二十九三十): the nine, then the next ten.
  const across = /^(十|[一二三四五六七八]十)九([二三四五六七八九])十$/.exec(run);
  if (across) {
    const a = (parseInteger(across[1]!)?.value ?? 0) + 9;
    const b = DIGITS[across[2]!]! * 10;
    return b === a + 1 ? [a, b] : null;
  }
  // Round 21 (t21F): 一两 (一两分, 一两度) is one or two, as 两三 is two or three.
  const m = /^(十|[一二三四五六七八九]十)?([一两二三四五六七八九])([两二三四五六七八九])(十)?$/.exec(run);
  if (!m) return null;
  const a = DIGITS[m[2]!]!;
  const b = DIGITS[m[3]!]!;
  if (b !== a + 1) return null;
  if (m[1] && m[4]) return null;
  if (m[4]) return [a * 10, b * 10];
  const base = m[1] ? (parseInteger(m[1])?.value ?? 0) : 0;
  return [base + a, base + b];
}

/**
 * Find the numbers in a (normalised) utterance. Runs that are not a well-formed numeral are
 * skipped; a trailing 点 with no decimals is left out of the token (三点 -> 三 + 点).
 */
export function findNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    let run = m[0];
    let start = m.index;
    // Strip leading/trailing points: 点 is also "o'clock" and "a bit" (一点).
    while (run.length && POINT.has(run[0]!)) {
      run = run.slice(1);
      start++;
    }
    while (run.length && POINT.has(run[run.length - 1]!)) run = run.slice(0, -1);
    if (run === '') continue;
    // Only one decimal point per number: split 三点五点 style runs at the second point.
    const pieces: { s: string; at: number }[] = [];
    let acc = '';
    let accAt = start;
    let points = 0;
    for (let i = 0; i < run.length; i++) {
      const c = run[i]!;
      if (POINT.has(c)) {
        points++;
        if (points > 1) {
          pieces.push({ s: acc, at: accAt });
          acc = '';
          accAt = start + i + 1;
          points = 0;
          continue;
        }
      }
      acc += c;
    }
    if (acc) pieces.push({ s: acc, at: accAt });
    for (const piece of pieces) {
      const approx = approximate(piece.s);
      const parsed = parseNumeral(piece.s);
      if (!parsed && !approx) continue;
      const value = approx ? (approx[0] + approx[1]) / 2 : parsed!.value;
      const tok: NumberToken = {
        start: piece.at,
        end: piece.at + piece.s.length,
        text: piece.s,
        value,
        digitString: parsed?.digitString ?? false,
        decimal: parsed?.decimal ?? false,
      };
      if (approx) tok.range = approx;
      out.push(tok);
    }
  }
  return out;
}

/** True when the character is a Chinese or Arabic digit (not a unit). */
export function isDigit(c: string): boolean {
  return isDigitChar(c);
}
