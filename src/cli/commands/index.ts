import type { Command } from 'commander';
import { register as dialogs } from './dialogs.js';
import { register as tryDialog } from './try.js';
import { register as migrate } from './migrate.js';
import { register as exportResults } from './export.js';

/** Every command module exports `register(program)`; add new ones to this list. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [dialogs, tryDialog, migrate, exportResults];
