/**
 * A small TwiML reader: enough XML to read what a voice webhook answers (<Response> with
 * <Say>, <Play>, <Pause>, <Gather>, <Redirect>, <Hangup>, <Reject>, <Dial>, <Enqueue>,
 * <Record>, ...). Elements, attributes, text, CDATA, comments, the five XML entities and
 * numeric character references. Not a general XML parser.
 */

export interface TwimlNode {
  name: string;
  attrs: Record<string, string>;
  children: TwimlNode[];
  /** Text content (direct text children joined). */
  text: string;
}

export class TwimlError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/** Parse a TwiML document; returns the <Response> element. @throws TwimlError */
export function parseTwiml(xml: string): TwimlNode {
  const root: TwimlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: TwimlNode[] = [root];
  let i = 0;
  const top = (): TwimlNode => stack[stack.length - 1] as TwimlNode;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      top().text += decodeXml(xml.slice(i));
      break;
    }
    if (lt > i) top().text += decodeXml(xml.slice(i, lt));
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt);
      if (end < 0) throw new TwimlError('unterminated <?');
      i = end + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end < 0) throw new TwimlError('unterminated comment');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end < 0) throw new TwimlError('unterminated CDATA');
      top().text += xml.slice(lt + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt);
      i = end < 0 ? xml.length : end + 1;
    } else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt);
      if (end < 0) throw new TwimlError('unterminated end tag');
      const name = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new TwimlError(`mismatched </${name}>`);
      i = end + 1;
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml.slice(lt));
      if (!m) throw new TwimlError(`bad tag at ${lt}`);
      const node: TwimlNode = { name: m[1] as string, attrs: {}, children: [], text: '' };
      for (const a of (m[2] ?? '').matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        node.attrs[a[1] as string] = decodeXml(a[2] ?? a[3] ?? '');
      }
      top().children.push(node);
      if (m[3] !== '/') stack.push(node);
      i = lt + m[0].length;
    }
  }
  if (stack.length !== 1) throw new TwimlError(`unclosed <${top().name}>`);
  const response = root.children.find((c) => c.name === 'Response');
  if (!response) throw new TwimlError('no <Response>');
  return response;
}

/** A Gather's settings, as a persona may use them. */
export interface GatherSpec {
  input: ('speech' | 'dtmf')[];
  hints: string[];
  language: string | null;
  numDigits: number | null;
  finishOnKey: string;
  timeoutSec: number;
  action: string | null;
  method: string;
  actionOnEmptyResult: boolean;
}

export function gatherSpec(node: TwimlNode): GatherSpec {
  const a = node.attrs;
  const input = (a.input ?? 'dtmf')
    .split(/[\s,]+/)
    .filter((x): x is 'speech' | 'dtmf' => x === 'speech' || x === 'dtmf');
  return {
    input: input.length > 0 ? input : ['dtmf'],
    hints: (a.hints ?? '').split(',').map((h) => h.trim()).filter(Boolean),
    language: a.language ?? null,
    numDigits: a.numDigits ? Number(a.numDigits) : null,
    finishOnKey: a.finishOnKey ?? '#',
    timeoutSec: a.timeout ? Number(a.timeout) : 5,
    action: a.action ?? null,
    method: (a.method ?? 'POST').toUpperCase(),
    actionOnEmptyResult: a.actionOnEmptyResult === 'true',
  };
}

/** The TwiML document a webhook answered, or null (not 2xx, or not TwiML: Twilio's 11200/12100). */
export function answeredDoc(r: { status: number; body: string }): TwimlNode | null {
  if (r.status < 200 || r.status >= 300) return null;
  try {
    return parseTwiml(r.body);
  } catch {
    return null;
  }
}

/** The <Say> texts of a document (a wait URL or an announcement). */
export function saysOf(doc: TwimlNode): string[] {
  return doc.children.filter((v) => v.name === 'Say').map((v) => v.text.trim()).filter(Boolean);
}
