// The one interface between the UI and the Samuh core. Two implementations: the Tauri shell's
// commands (invoke) and HTTP to `samuh-serve` for the browser tests. Both carry the same
// command names and JSON; amounts are always decimal strings.
import { invoke } from '@tauri-apps/api/core';

export interface LocaleInput { lang: string; digits: string | null; calendar?: string | null }
export interface UiError { code: string; args: Record<string, string>; message: string }

export interface Backend {
  call<T>(command: string, args: Record<string, unknown>): Promise<T>;
}

class TauriBackend implements Backend {
  call<T>(command: string, args: Record<string, unknown>): Promise<T> {
    return invoke<T>(command, args);
  }
}

class HttpBackend implements Backend {
  async call<T>(command: string, args: Record<string, unknown>): Promise<T> {
    const r = await fetch(`./api/${command}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) });
    const body = await r.json();
    if (!r.ok) throw body as UiError;
    return body as T;
  }
}

export function backend(): Backend {
  return '__TAURI_INTERNALS__' in window ? new TauriBackend() : new HttpBackend();
}

export function isUiError(e: unknown): e is UiError {
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}
