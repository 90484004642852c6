/**
 * The voice channel's calls the workspace makes (a supervisor listening in, an agent calling a
 * customer back), loaded when one is made: the Twilio SDK is not loaded at `serve`'s start.
 */
export async function twilioChannel() {
  const [{ listenIn }, { twilioRuntime }, { startTaskCall }] = await Promise.all([
    import('../../channels/twilio/conference.js'),
    import('../../channels/twilio/common.js'),
    import('../../channels/twilio/task-call.js'),
  ]);
  return { listenIn, twilioRuntime, startTaskCall };
}
