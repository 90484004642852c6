/**
 * Round 15 (t15D): the words that open a clause turned against what came before, one list for the pipeline
 * (pipeline.ts, what follows a first clause said as a verdict) and the engine (engine.ts, 对，但是… after a
 * confirmation); they were two lists that disagreed without saying why.
 *
 * - BUT_ZH / BUT_EN: "but" (但是, 但, 可是, 不过, 只是, 只不过; but, though, however). 可 alone is "but" unless 可以 / 可能
 *   (can, may) follows: 热了，可以了 is no "but".
 * - ONLY_ZH: "just" / "the one thing" (就是, 就, 唯一): it opens a small matter after a verdict (满意，就是来晚了), read as a turn
 *   by the pipeline; after a confirmation it stays out (对，就是满意 agrees and restates).
 *
 * (可 as an intensifier, 可好了 / 可热乎了 "really good", is not told apart here: 对，可好了 takes the engine's "but" path,
 * which keeps the confirmed level and records no grievance, as the restatement would.)
 */
export const BUT_ZH = ['但是', '但', '可是', '可(?![以能])', '不过', '只是', '只不过'] as const;
export const BUT_EN = ['\\bbut\\b', '\\bthough\\b', '\\bhowever\\b'] as const;
export const ONLY_ZH = ['就是', '唯一', '就'] as const;

/** What follows a first clause opens with a turn (pipeline.ts): "but" or "just". */
export const CONTRAST_OPEN = new RegExp(`^(?:${[...BUT_ZH, ...ONLY_ZH].join('|')})`);
/** A reply turned with "but" after a confirmation (engine.ts: 对，但是… / yes, but …): not "just". */
export const TURNED_REPLY = new RegExp(`^\\s*(?:${[...BUT_ZH, ...BUT_EN].join('|')})`, 'i');
