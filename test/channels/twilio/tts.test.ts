import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audioHash, createAzurePromptAudio, ssmlFor, type PromptAudio } from '../../../src/channels/tts.js';
import { startCallback } from '../../../src/channels/twilio/voice.js';
import type { HuifangError } from '../../../src/shared/errors.js';
import { post, rig, type Rig } from '../../support/twilio.js';
import { seedCallback } from '../../support/seed.js';

const REGION = 'eastasia';
const HOST = `https://${REGION}.tts.speech.microsoft.com`;
const WAV = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(40, 1)]);

describe('Azure Speech prompt audio (REST, nock)', () => {
  let dir: string;
  let audio: PromptAudio;
  const errors: HuifangError[] = [];
  let r: Rig;
  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    dir = mkdtempSync(join(tmpdir(), 'hf-tts-'));
    audio = createAzurePromptAudio({ key: 'azure-key', region: REGION, cacheDir: dir, publicUrl: 'https://example.org', onError: (e) => errors.push(e) });
    r = await rig({ audio });
  });
  afterAll(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    rmSync(dir, { recursive: true, force: true });
    await r?.close();
  });

  it('synthesises once with SSML (zh-CN-XiaoxiaoNeural, 8 kHz WAV), caches by hash, serves /audio/<hash>.wav', async () => {
    const text = '您好，我是中国电信客服代表。';
    const scope = nock(HOST, {
      reqheaders: {
        'ocp-apim-subscription-key': 'azure-key',
        'content-type': 'application/ssml+xml',
        'x-microsoft-outputformat': 'riff-8khz-16bit-mono-pcm',
      },
    })
      .post('/cognitiveservices/v1', ssmlFor(text, 'zh-CN-XiaoxiaoNeural'))
      .reply(200, WAV, { 'content-type': 'audio/wav' });
    const hash = audioHash(text, 'zh-CN-XiaoxiaoNeural', 'riff-8khz-16bit-mono-pcm');
    expect(await audio.urlFor(text)).toBe(`https://example.org/audio/${hash}.wav`);
    scope.done();
    // Cached: no second request (nock would refuse it).
    expect(await audio.urlFor(text)).toBe(`https://example.org/audio/${hash}.wav`);
    const res = await r.app.inject({ method: 'GET', url: `/audio/${hash}.wav` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('audio/wav');
    expect(res.rawPayload.equals(WAV)).toBe(true);
    expect((await r.app.inject({ method: 'GET', url: '/audio/../../etc/passwd' })).statusCode).toBe(404);
    expect((await r.app.inject({ method: 'GET', url: `/audio/${'0'.repeat(64)}.wav` })).statusCode).toBe(404);
  });

  it('escapes the text in SSML', () => {
    expect(ssmlFor('A<B&C', 'zh-CN-XiaoxiaoNeural')).toBe(
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="zh-CN"><voice name="zh-CN-XiaoxiaoNeural">A&lt;B&amp;C</voice></speak>',
    );
  });

  it('a failure falls back to <Say> (null) and reports HF_TTS_FAILED', async () => {
    nock(HOST).post('/cognitiveservices/v1').reply(401, 'unauthorized');
    expect(await audio.urlFor('这句合成失败。')).toBeNull();
    expect(errors.at(-1)).toMatchObject({ code: 'HF_TTS_FAILED' });
  });

  it('a call plays synthesised prompts with <Play>', async () => {
    nock(HOST).post('/cognitiveservices/v1').times(10).reply(200, WAV);
    const { callback } = await seedCallback(r.store);
    const { attemptId, providerId } = await startCallback(r.deps, { callbackId: callback.id, channel: 'voice' });
    const res = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: providerId as string });
    expect(res.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response><Play>https:\/\/example.org\/audio\/[0-9a-f]{64}\.wav<\/Play><Play>https:\/\/example.org\/audio\/[0-9a-f]{64}\.wav<\/Play><Gather [^>]+><Play>https:\/\/example.org\/audio\/[0-9a-f]{64}\.wav<\/Play><\/Gather><\/Response>$/);
  });
});
