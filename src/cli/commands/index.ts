import type { Command } from 'commander';
import { register as registerInterpret } from './interpret.js';
import { register as registerMigrate } from './migrate.js';
import { register as registerExport } from './export.js';

/** Every command module exports `register(program)`; add new ones to this list. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerInterpret, registerMigrate, registerExport];
