// The one interface between the UI and the Samuh core. Two implementations: the Tauri shell's one
// command `call` (invoke) and HTTP to `samuh-serve` for the browser tests; both reach the core's
// command table (src/desk/api.rs). The types come from that table (api.gen.ts, generated): a
// command name, its arguments and its answer are checked by the compiler. Amounts are strings.
import { invoke } from '@tauri-apps/api/core';
import type { Call, CommandName, Commands, UiError } from './api.gen';

export type * from './api.gen';

/** A command's own arguments, plus the reader's locale and, for a write, an approver. */
export type Args<K extends CommandName> = Commands[K]['args'] & Partial<Call>;
export type Answer<K extends CommandName> = Commands[K]['answer'];

export interface Backend {
  call<K extends CommandName>(command: K, args: Args<K>): Promise<Answer<K>>;
}

class TauriBackend implements Backend {
  call<K extends CommandName>(command: K, args: Args<K>): Promise<Answer<K>> {
    return invoke<Answer<K>>('call', { command, args });
  }
}

class HttpBackend implements Backend {
  async call<K extends CommandName>(command: K, args: Args<K>): Promise<Answer<K>> {
    const r = await fetch(`./api/${command}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) });
    const body = await r.json();
    if (!r.ok) throw body as UiError;
    return body as Answer<K>;
  }
}

export function backend(): Backend {
  return '__TAURI_INTERNALS__' in window ? new TauriBackend() : new HttpBackend();
}

export function isUiError(e: unknown): e is UiError {
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}
