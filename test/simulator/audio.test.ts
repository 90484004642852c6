import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpeechRenderer, silentWav, toSsml, wavDuration } from '../../src/simulator/audio.js';
import { createPersona, SimulatedClock, simulatorTwilioClient, startSimulator, type Simulator } from '../../src/simulator/index.js';
import { ACCOUNT_SID, AUTH_TOKEN, startFakeServer, type FakeServer } from './helpers.js';

// espeak-ng is an optional dependency (GPL-3.0, used only for simulated audio). It is
// installed in this repository; on a machine without it these tests are skipped.
const renderer = await loadSpeechRenderer(() => undefined);
const why = 'espeak-ng (optional dependency) is not installed: no simulated audio';

describe('audio helpers', () => {
  it('silentWav / wavDuration', () => {
    expect(wavDuration(silentWav(3.5))).toBeCloseTo(3.5, 3);
    expect(wavDuration(Buffer.from('not a wav'))).toBe(0);
  });
  it('SSML escapes text and gives the customer another voice', () => {
    const s = toSsml([{ speaker: 'bot', text: '1<2 & 3' }, { speaker: 'customer', text: '1', dtmf: true }]);
    expect(s).toContain('1&lt;2 &amp; 3');
    expect(s).toContain('gender="female">按键1');
  });
});

describe.skipIf(!renderer)(`recordings with espeak-ng (${renderer?.name ?? why})`, () => {
  let server: FakeServer;
  let sim: Simulator;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'huifang-sim-audio-'));

  beforeAll(async () => {
    server = await startFakeServer();
    sim = await startSimulator({
      publicUrl: server.publicUrl,
      authToken: AUTH_TOKEN,
      accountSid: ACCOUNT_SID,
      personas: () => createPersona('dissatisfied', 3, { habits: { keypad: 0 } }),
      clock: new SimulatedClock('2025-03-03T09:00:00+08:00', { auto: true }),
      dataDir,
      audio: true,
      log: () => undefined,
    });
  });
  afterAll(async () => {
    await sim?.stop();
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('renders both sides of the call to <dataDir>/recordings/<CallSid>.wav and serves it', async () => {
    const client = simulatorTwilioClient(sim.baseUrl, ACCOUNT_SID, AUTH_TOKEN);
    const call = await client.calls.create({
      to: '+8613800000000',
      from: '+861069000000',
      url: `${server.publicUrl}/twilio/voice?a=audio&t=0`,
      record: true,
      recordingStatusCallback: `${server.publicUrl}/twilio/recording`,
    });
    await sim.idle();
    const c = sim.call(call.sid)!;
    expect(c.recording?.path).toBe(path.join(dataDir, 'recordings', `${call.sid}.wav`));
    const wav = readFileSync(c.recording!.path!);
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    // Five bot prompts and four answers: well over 20 seconds of speech.
    expect(wavDuration(wav)).toBeGreaterThan(20);
    const cb = server.on('/twilio/recording')[0]!;
    expect(cb.valid).toBe(true);
    expect(cb.params.RecordingDuration).toBe(String(Math.round(wavDuration(wav))));
    const served = Buffer.from(await (await fetch(cb.params.RecordingUrl + '.wav')).arrayBuffer());
    expect(served.equals(wav)).toBe(true);
    console.log(`rendered ${wavDuration(wav).toFixed(1)} s of call audio in ${c.recording!.renderMs} ms with ${sim.audio}`);
  });
});
