/**
 * Simulated call audio. With eSpeak NG available, a finished call's transcript (the bot's
 * prompts and the customer's answers) is rendered to one WAV, the call's "recording".
 *
 * eSpeak NG is GPL-3.0-or-later. Huifang (Apache-2.0) does not link it: the npm package
 * `espeak-ng` (WASM) is an OPTIONAL dependency loaded with a dynamic import, and only here,
 * for simulated audio; failing that, the Debian `espeak-ng` program is run as a separate
 * process. Without either, recordings are silence of the call's length and a log line says so.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface Segment {
  speaker: 'bot' | 'customer';
  text: string;
  /** A key press rather than words. */
  dtmf?: boolean;
}

export interface SpeechRenderer {
  /** "espeak-ng (npm, WASM)" or "espeak-ng (program)". */
  name: string;
  /** Render the segments, in order, to one WAV. */
  render(segments: Segment[]): Promise<Buffer>;
}

interface EspeakModule {
  FS: { readFile(path: string): Uint8Array };
}
type EspeakFactory = (opts: Record<string, unknown>) => Promise<EspeakModule>;

let loading: Promise<SpeechRenderer | null> | null = null;

/**
 * The renderer, loaded once: the npm `espeak-ng` package, else the `espeak-ng` program on
 * PATH, else null (and `log` is told why).
 */
export function loadSpeechRenderer(log: (msg: string) => void = () => undefined): Promise<SpeechRenderer | null> {
  loading ??= (async () => {
    const wasm = await loadWasm().catch((e: unknown) => {
      log(`espeak-ng npm package not usable (${(e as Error).message})`);
      return null;
    });
    if (wasm) return wasm;
    const prog = await loadProgram();
    if (prog) return prog;
    log('espeak-ng not installed (npm optional dependency `espeak-ng` or the espeak-ng program): simulated calls have no audio, recordings are silence');
    return null;
  })();
  return loading;
}

async function loadWasm(): Promise<SpeechRenderer> {
  const specifier = 'espeak-ng';
  const mod = (await import(specifier)) as { default: EspeakFactory };
  const factory = mod.default;
  // Compile the 18 MB module once; each render instantiates it (eSpeak's CLI runs main once).
  let compiled: WebAssembly.Module | null = null;
  try {
    const entry = createRequire(import.meta.url).resolve(specifier);
    compiled = await WebAssembly.compile(await readFile(path.join(path.dirname(entry), 'espeak-ng.wasm')));
  } catch {
    compiled = null;
  }
  let queue: Promise<unknown> = Promise.resolve();
  const run = async (ssml: string): Promise<Buffer> => {
    let err = '';
    const opts: Record<string, unknown> = {
      arguments: ['-m', '-v', 'cmn', '-w', '/out.wav', ssml],
      print: () => undefined,
      printErr: (s: string) => {
        err += s + '\n';
      },
    };
    if (compiled) {
      const m = compiled;
      opts.instantiateWasm = (imports: WebAssembly.Imports, ok: (i: WebAssembly.Instance, m: WebAssembly.Module) => void) => {
        void WebAssembly.instantiate(m, imports).then((inst) => ok(inst, m));
        return {};
      };
    }
    const es = await factory(opts);
    let bytes: Uint8Array;
    try {
      bytes = es.FS.readFile('/out.wav');
    } catch {
      throw new Error(`espeak-ng produced no audio${err ? `: ${err.trim()}` : ''}`);
    }
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
  const renderer: SpeechRenderer = {
    name: 'espeak-ng (npm, WASM)',
    render(segments) {
      // One render at a time: each instance takes ~100 MB while it runs.
      const p = queue.then(() => run(toSsml(segments)));
      queue = p.catch(() => undefined);
      return p;
    },
  };
  // Smoke test, so a broken install falls through to the program.
  await renderer.render([{ speaker: 'bot', text: '好' }]);
  return renderer;
}

async function loadProgram(): Promise<SpeechRenderer | null> {
  const ok = await new Promise<boolean>((resolve) => {
    execFile('espeak-ng', ['--version'], (e) => resolve(!e));
  });
  if (!ok) return null;
  return {
    name: 'espeak-ng (program)',
    render: (segments) =>
      new Promise((resolve, reject) => {
        execFile('espeak-ng', ['-m', '-v', 'cmn', '--stdout', toSsml(segments)], { encoding: 'buffer', maxBuffer: 1 << 28 }, (e, stdout) =>
          e ? reject(e) : resolve(fixWavSizes(stdout)),
        );
      }),
  };
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** The SSML for one call: the bot in the default voice, the customer in a female voice, pauses between turns. */
export function toSsml(segments: Segment[]): string {
  const parts = segments
    .filter((s) => s.text.trim() !== '')
    .map((s) => {
      const text = escapeXml(s.dtmf ? `按键${s.text}` : s.text);
      const voice = s.speaker === 'bot' ? '<voice name="cmn">' : '<voice name="cmn" gender="female">';
      return `${voice}${text}</voice><break time="400ms"/>`;
    });
  return `<speak>${parts.join('')}</speak>`;
}

/** Seconds of audio in a PCM WAV (0 if it is not one). */
export function wavDuration(wav: Buffer): number {
  if (wav.length < 44 || wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') return 0;
  let off = 12;
  let byteRate = 0;
  while (off + 8 <= wav.length) {
    const id = wav.toString('ascii', off, off + 4);
    let size = wav.readUInt32LE(off + 4);
    if (id === 'fmt ') byteRate = wav.readUInt32LE(off + 16);
    if (id === 'data') {
      // Streams written to stdout carry 0 or 0xffffffff as the size.
      if (size === 0 || size === 0xffffffff || off + 8 + size > wav.length) size = wav.length - off - 8;
      return byteRate > 0 ? size / byteRate : 0;
    }
    off += 8 + size + (size % 2);
  }
  return 0;
}

/** A WAV of `seconds` of silence (8 kHz, 16-bit mono, like a phone line). */
export function silentWav(seconds: number, sampleRate = 8000): Buffer {
  const samples = Math.max(0, Math.round(seconds * sampleRate));
  const data = samples * 2;
  const b = Buffer.alloc(44 + data);
  b.write('RIFF', 0, 'ascii');
  b.writeUInt32LE(36 + data, 4);
  b.write('WAVE', 8, 'ascii');
  b.write('fmt ', 12, 'ascii');
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(sampleRate, 24);
  b.writeUInt32LE(sampleRate * 2, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36, 'ascii');
  b.writeUInt32LE(data, 40);
  return b;
}

/** Fix the RIFF and data sizes of a WAV written to a stream (the program's --stdout). */
export function fixWavSizes(wav: Buffer): Buffer {
  if (wav.length < 44 || wav.toString('ascii', 0, 4) !== 'RIFF') return wav;
  wav.writeUInt32LE(wav.length - 8, 4);
  let off = 12;
  while (off + 8 <= wav.length) {
    const id = wav.toString('ascii', off, off + 4);
    const size = wav.readUInt32LE(off + 4);
    if (id === 'data') {
      wav.writeUInt32LE(wav.length - off - 8, off + 4);
      break;
    }
    off += 8 + size + (size % 2);
  }
  return wav;
}
