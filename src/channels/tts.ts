/**
 * Prompt audio and speech recognition behind interfaces.
 *
 * Synthesis: `PromptAudio` turns a prompt text into the URL of an audio file for TwiML
 * `<Play>`. The Azure implementation calls the Azure Speech REST endpoint
 * (`POST https://{region}.tts.speech.microsoft.com/cognitiveservices/v1`, SSML, a phone
 * format), caches the result on disk under `<dataDir>/audio/<sha256>.wav` by a hash of
 * voice + format + text, and the Twilio surface serves it at `GET /audio/<hash>.wav`. Without
 * AZURE_SPEECH_KEY and AZURE_SPEECH_REGION there is no PromptAudio and prompts are spoken by
 * Twilio's `<Say>`. A synthesis failure is logged (HF_TTS_FAILED) and the prompt falls back
 * to `<Say>`: a call never stops for a missing audio file. (The Speech SDK itself talks
 * WebSockets and cannot be mocked by nock; the REST endpoint can.)
 *
 * Recognition: today Twilio recognises speech itself (`<Gather input="speech">` with
 * language cmn-Hans-CN and hints) and posts `SpeechResult` + `Confidence`; that needs no code
 * here. `SpeechRecognizer` is the seam for recognising speech ourselves later: Twilio Media
 * Streams (`<Connect><Stream>`) send 8 kHz mu-law audio over a WebSocket, which would be fed
 * to Azure Speech's `SpeechRecognizer` through a push stream (zh-CN, phrase lists from the
 * listen effect's hints) and give the same `{ text, confidence }` the engine takes as an
 * `answer` input. No implementation exists yet, on purpose: a fake one would only hide that.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HuifangError } from '../shared/errors.js';

/** Prompt text -> a URL Twilio can `<Play>`, or null (then `<Say>` is used). */
export interface PromptAudio {
  /** The public URL of the audio for this text (synthesised and cached on first use), or null. */
  urlFor(text: string, opts?: { locale?: string }): Promise<string | null>;
  /** The cached file of a hash (for `GET /audio/<hash>.wav`), or null. */
  file(hash: string): Promise<Buffer | null>;
}

/** Speech recognition of a live audio stream (not implemented yet; see the module comment). */
export interface SpeechRecognizer {
  /**
   * Recognise one utterance from 8 kHz mu-law audio chunks.
   * @param hints phrase list (the listen effect's hints)
   */
  recognize(audio: AsyncIterable<Uint8Array>, opts: { locale: string; hints: string[]; timeoutSec: number }): Promise<{ text: string; confidence: number } | null>;
}

export type AzureOutputFormat = 'riff-8khz-16bit-mono-pcm' | 'raw-8khz-8bit-mono-mulaw';

export interface AzurePromptAudioOptions {
  key: string;
  region: string;
  /** Default zh-CN-XiaoxiaoNeural. */
  voice?: string;
  /** Default riff-8khz-16bit-mono-pcm (a WAV file Twilio plays as is). */
  format?: AzureOutputFormat;
  /** Folder for the cache (e.g. `<dataDir>/audio`). */
  cacheDir: string;
  /** Public base URL: files are served at `<publicUrl>/audio/<hash>.wav`. */
  publicUrl: string;
  /** Override the endpoint (tests); default https://{region}.tts.speech.microsoft.com/cognitiveservices/v1. */
  endpoint?: string;
  /** Request timeout, ms (default 8000: Twilio waits 15 s for the whole webhook). */
  timeoutMs?: number;
  onError?: (e: HuifangError) => void;
}

const HASH = /^[0-9a-f]{64}$/;

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string);
}

/** The SSML sent to Azure for one prompt. */
export function ssmlFor(text: string, voice: string, lang = 'zh-CN'): string {
  return `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${lang}"><voice name="${escapeXml(voice)}">${escapeXml(text)}</voice></speak>`;
}

/** The cache key of a prompt: sha256 of voice, format and text. */
export function audioHash(text: string, voice: string, format: string): string {
  return createHash('sha256').update(`${voice}\n${format}\n${text}`, 'utf8').digest('hex');
}

/** PromptAudio over the Azure Speech REST endpoint, cached on disk. */
export function createAzurePromptAudio(o: AzurePromptAudioOptions): PromptAudio {
  const voice = o.voice ?? 'zh-CN-XiaoxiaoNeural';
  const format: AzureOutputFormat = o.format ?? 'riff-8khz-16bit-mono-pcm';
  const endpoint = o.endpoint ?? `https://${o.region}.tts.speech.microsoft.com/cognitiveservices/v1`;
  const base = o.publicUrl.replace(/\/+$/, '');
  const inflight = new Map<string, Promise<string | null>>();

  async function synthesize(text: string, hash: string, lang: string): Promise<string | null> {
    const path = join(o.cacheDir, `${hash}.wav`);
    const url = `${base}/audio/${hash}.wav`;
    if (existsSync(path)) return url;
    try {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'Ocp-Apim-Subscription-Key': o.key,
          'Content-Type': 'application/ssml+xml',
          'X-Microsoft-OutputFormat': format,
          'User-Agent': 'huifang',
        },
        body: ssmlFor(text, voice, lang),
        signal: AbortSignal.timeout(o.timeoutMs ?? 8000),
      });
      if (!res.ok) throw new HuifangError('HF_TTS_FAILED', `azure speech answered HTTP ${res.status}`, { status: res.status });
      const bytes = Buffer.from(await res.arrayBuffer());
      if (bytes.length === 0) throw new HuifangError('HF_TTS_FAILED', 'azure speech returned no audio');
      await mkdir(o.cacheDir, { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, path);
      return url;
    } catch (e) {
      const err = e instanceof HuifangError ? e : new HuifangError('HF_TTS_FAILED', `azure speech request failed: ${(e as Error).message}`);
      o.onError?.(err);
      return null;
    }
  }

  return {
    async urlFor(text, opts = {}) {
      if (!text.trim()) return null;
      const lang = opts.locale?.startsWith('en') ? 'en-US' : 'zh-CN';
      // A zh-CN voice does not read an English dialog: leave that prompt to <Say>.
      if (!voice.startsWith(lang.slice(0, 2))) return null;
      const hash = audioHash(text, voice, format);
      const running = inflight.get(hash);
      if (running) return running;
      const p = synthesize(text, hash, lang).finally(() => inflight.delete(hash));
      inflight.set(hash, p);
      return p;
    },
    async file(hash) {
      if (!HASH.test(hash)) return null;
      try {
        return await readFile(join(o.cacheDir, `${hash}.wav`));
      } catch {
        return null;
      }
    },
  };
}
