/**
 * The Aliyun SDK requests as Aliyun receives them (nock at the network edge): SmartCall to
 * dyvmsapi.aliyuncs.com and SendSms to dysmsapi.aliyuncs.com, POSTed as forms (no number in a
 * URL), each signed with the AccessKey: the signature is recomputed here from the RPC rules
 * (HMAC-SHA1, key = secret + "&", over POST&%2F&<sorted percent-encoded parameters>), written
 * independently of the SDK and of the simulator. Errors carry Aliyun's code, never the number.
 */
import { createHmac } from 'node:crypto';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aliyunNumber, createAliyunApi } from '../../../src/channels/aliyun/api.js';

const ID = 'LTAItestkey';
const SECRET = 'test-secret-value';

const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
function expectedSignature(params: Record<string, string>): string {
  const canonical = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${enc(k)}=${enc(params[k]!)}`)
    .join('&');
  return createHmac('sha1', `${SECRET}&`).update(`POST&${enc('/')}&${enc(canonical)}`).digest('base64');
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('Aliyun API through @alicloud/pop-core', () => {
  it('SmartCall: a signed POST with the call parameters; the CallId comes back', async () => {
    let seen: Record<string, string> = {};
    let path = '';
    nock('https://dyvmsapi.aliyuncs.com')
      .post(/.*/)
      .reply(function (uri, body) {
        path = uri;
        seen = Object.fromEntries(new URLSearchParams(String(body)));
        return [200, { Code: 'OK', Message: 'OK', RequestId: 'r1', CallId: '116012354148^10281378****' }];
      });
    const api = createAliyunApi({ accessKeyId: ID, accessKeySecret: SECRET });
    const r = await api.smartCall({
      calledNumber: aliyunNumber('+8613812345678'),
      calledShowNumber: '057100000000',
      ttsText: '您好，',
      voice: 'xiaoyun',
      dynamicId: 'att1.open',
      outId: 'att1',
      muteTimeMs: 8000,
      pauseTimeMs: 800,
      record: true,
      sessionTimeoutSec: 600,
      earlyMediaAsr: true,
    });
    expect(r.callId).toBe('116012354148^10281378****');
    expect(path).toBe('/');
    expect(seen).toMatchObject({
      Action: 'SmartCall',
      Version: '2017-05-25',
      Format: 'JSON',
      AccessKeyId: ID,
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      CalledNumber: '13812345678',
      CalledShowNumber: '057100000000',
      VoiceCode: '您好，',
      DynamicId: 'att1.open',
      OutId: 'att1',
      EarlyMediaAsr: 'true',
      RecordFlag: 'true',
    });
    expect(seen.SignatureNonce).toMatch(/\S{8,}/);
    expect(Date.now() - Date.parse(seen.Timestamp!)).toBeLessThan(60_000);
    expect(seen.Signature).toBe(expectedSignature(seen));
    // The signature covers the parameters: change one and it no longer matches.
    expect(expectedSignature({ ...seen, CalledNumber: '13800000000' })).not.toBe(seen.Signature);
  });

  it('SendSms: the template code, the signature name and the template parameters as JSON, signed', async () => {
    let seen: Record<string, string> = {};
    nock('https://dysmsapi.aliyuncs.com')
      .post('/')
      .reply(function (_uri, body) {
        seen = Object.fromEntries(new URLSearchParams(String(body)));
        return [200, { Code: 'OK', Message: 'OK', RequestId: 'r2', BizId: '9006197469364984400' }];
      });
    const api = createAliyunApi({ accessKeyId: ID, accessKeySecret: SECRET });
    const r = await api.sendSms({ phoneNumber: '13812345678', signName: '永恒热力', templateCode: 'SMS_123', templateParam: { content: '请回复1-3', company: '永恒热力' }, outId: 'att2' });
    expect(r.bizId).toBe('9006197469364984400');
    expect(seen).toMatchObject({ Action: 'SendSms', PhoneNumbers: '13812345678', SignName: '永恒热力', TemplateCode: 'SMS_123', OutId: 'att2' });
    expect(JSON.parse(seen.TemplateParam!)).toEqual({ content: '请回复1-3', company: '永恒热力' });
    expect(seen.Signature).toBe(expectedSignature(seen));
  });

  it('an error carries Aliyun code as HF_ALIYUN_REQUEST, and neither the number nor the URL', async () => {
    nock('https://dysmsapi.aliyuncs.com').post('/').reply(200, { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发分钟级流控', RequestId: 'r3' });
    const api = createAliyunApi({ accessKeyId: ID, accessKeySecret: SECRET });
    const e = await api.sendSms({ phoneNumber: '13812345678', signName: 's', templateCode: 'SMS_1', templateParam: { content: 'x' }, outId: 'a' }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'HF_ALIYUN_REQUEST', details: { providerCode: 'isv.BUSINESS_LIMIT_CONTROL' } });
    expect(String((e as Error).message)).not.toMatch(/13812345678|aliyuncs/);
  });
});
