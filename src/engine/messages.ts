/**
 * System messages the engine says on its own (reprompts, confirmations, opt-out, ...), per
 * locale. Polite phrases follow 003 二.2(3) and 001 (文明服务用语); a dialog may override any.
 */
import { LEVEL_SPOKEN } from '../domain/levels.js';
import type { Locale } from '../nlu/types.js';
import type { Messages } from './schema.js';

export type MessageKey = keyof Required<Messages>;

export const DEFAULT_MESSAGES: Record<Locale, Required<Messages>> = {
  'zh-CN': {
    repromptPrefix: '抱歉，我没有听清。',
    keypadOnly: '抱歉，还是没有听清，请直接按键选择：{{keys}}。',
    incomplete: '抱歉，可能线路不太好，我们稍后再与您联系。感谢您的接听，再见。',
    confirm: '您是说“{{answer}}”，对吗？对请按1，不对请按2。',
    confirmRetry: '好的，那请您再说一遍。',
    optOut: '好的，已为您登记，以后不再就回访打扰您。感谢您的接听，再见。',
    human: '好的，我们会请人工客服尽快与您联系。感谢您的接听，再见。',
    complaint: '很抱歉给您带来不便，您的投诉我们已经记录，会有专人尽快与您联系处理。谢谢您的批评，再见。',
    complaintNoted: '您的投诉我们已经记录，会有专人尽快与您联系处理。',
    wrongPerson: '不好意思，打扰您了，祝您生活愉快，再见。',
    askTime: '好的，请问您什么时候方便？我们到时再给您打过来。',
    rescheduled: '好的，我们会在{{time}}再与您联系。不好意思打扰您了，再见。',
    rescheduledNoTime: '好的，我们稍后再与您联系。不好意思打扰您了，再见。',
    resume: '您好，刚才通话中断了，我们接着刚才的问题继续。',
    repeat: '好的，我再说一遍。',
    whoCalling: '我是{{company}}的客服回访，这是一通自动回访电话，想了解您对这次服务的评价。如有疑问，您可以拨打{{company}}官方客服热线核实。',
    askTimeOther: '好的，打扰您了。我们不耽误您的时间，请问什么时候方便联系{{customerName}}本人？我们到时再打过来。',
    holdOn: '好的，不着急，我在线上等。',
  },
  en: {
    repromptPrefix: "Sorry, I didn't catch that. ",
    keypadOnly: 'Sorry, I still could not hear you. Please use your keypad: {{keys}}.',
    incomplete: 'Sorry, the line seems poor. We will call you again later. Thank you, goodbye.',
    confirm: 'Did you say "{{answer}}"? Press 1 for yes, 2 for no.',
    confirmRetry: 'All right, please say it again.',
    optOut: 'Understood. We will not call you for surveys again. Thank you, goodbye.',
    human: 'Of course. One of our agents will contact you soon. Thank you, goodbye.',
    complaint: 'We are sorry for the trouble. Your complaint is recorded and someone will contact you soon. Goodbye.',
    complaintNoted: 'Your complaint is recorded and someone will contact you soon.',
    wrongPerson: 'Sorry to have disturbed you. Goodbye.',
    askTime: 'Of course. When would be a good time to call you back?',
    rescheduled: 'Thank you. We will call you again {{time}}. Goodbye.',
    rescheduledNoTime: 'Thank you. We will call you again later. Goodbye.',
    resume: 'Hello again, the call was cut off. Let us continue where we stopped.',
    repeat: 'Of course, here it is again.',
    whoCalling: 'This is an automated service callback from {{company}}, asking how our recent service went. If in doubt, you can call the official {{company}} hotline to check. ',
    askTimeOther: 'Thank you. We will not take your time: when would be a good time to reach {{customerName}}? We will call back then.',
    holdOn: 'Of course, I will hold.',
  },
};

/** Words for answer values, used in confirmations and keypad-only prompts. */
export const VALUE_WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': { true: '是', false: '不是', ...LEVEL_SPOKEN['zh-CN'] },
  en: { true: 'yes', false: 'no', ...LEVEL_SPOKEN.en },
};

/** Render `{{name}}` placeholders; unknown names render as an empty string. */
export function render(template: string, vars: Record<string, string | undefined>): string {
  return template.replace(/\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g, (_, name: string) => vars[name] ?? '');
}

/** The placeholder names a template uses. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g)].map((m) => m[1] as string);
}
