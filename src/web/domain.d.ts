/** Types of /workspace/assets/domain.js, the module the server writes from src/domain (src/server/workspace/domain-module.ts). */
export type Level = 'very_satisfied' | 'satisfied' | 'neutral' | 'dissatisfied';
export declare const LEVELS: readonly Level[];
export declare const LEVEL_LABELS: Readonly<Record<'zh-CN' | 'en', Readonly<Record<Level, string>>>>;
export declare const FINAL_STATUSES: readonly string[];
export type LabelGroup = 'reason' | 'complaintCategory' | 'kind' | 'taskStatus' | 'callbackStatus' | 'channel' | 'outcome' | 'role' | 'segment' | 'taskCallOutcome';
export declare const LABELS: Readonly<Record<LabelGroup, Readonly<Record<string, Readonly<Record<'zh-CN' | 'en', string>>>>>>;
export declare const REASON_SEVERITY: readonly string[];
