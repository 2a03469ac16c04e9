// Messages come from the core (`ui_messages`, built from locales/<lang>/*.ftl): the UI never
// parses Fluent and writes no user-visible text of its own.
let messages: Record<string, string> = {};

export function setMessages(m: Record<string, string>): void {
  messages = m;
}

export function t(id: string): string {
  return messages[id] ?? id;
}

/// Fills every element carrying `data-i18n` with its message.
export function applyI18n(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n ?? '');
  });
}
