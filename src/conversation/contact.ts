/**
 * How a campaign reaches a customer: the port between the scheduler (src/campaigns) and the
 * channels (src/channels). The campaign decides who and when; a `Contactor` starts the
 * contact on a channel (writing the attempt before it dials or sends) and tells what a
 * provider knows of an attempt a crash left open. The composition roots (the worker, the
 * demo) plug the channels in; campaigns never import a channel.
 */
import type { AttemptOutcome } from '../domain/callbacks.js';

/** The channels of the contact ladder (004 第五十二条). */
export type ContactChannel = 'voice' | 'sms' | 'chat';

export interface ContactRequest {
  callbackId: string;
  channel: ContactChannel;
}

export interface Contactor {
  contact(req: ContactRequest): Promise<{ attemptId: string; providerId?: string | null }>;
  /** The provider's view of an attempt left open (null: the provider does not know it; outcome null: still ringing or talking). */
  providerStatus?(attempt: { id: string; channel: string; providerId: string | null }): Promise<{ outcome: AttemptOutcome | null } | null>;
}
