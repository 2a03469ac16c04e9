// Messages come from the core (`ui_messages`, built from locales/<lang>/*.ftl): the UI never
// parses Fluent and writes no user-visible text of its own.
let messages: Record<string, string> = {};

export function setMessages(m: Record<string, string>): void {
  messages = m;
}

/// The message `id`, its `{$name}` placeholders filled from `args`. A message that takes
/// arguments must be given them (tests/input_rules.rs checks every call in ui/src): the core
/// sends such a message with its placeholders, never a half-filled sentence.
export function t(id: string, args: Record<string, string> = {}): string {
  const text = messages[id] ?? id;
  return text.replace(/\{\$([A-Za-z0-9_-]+)\}/g, (whole, name: string) => args[name] ?? whole);
}

/// Fills every element carrying `data-i18n` with its message.
export function applyI18n(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n ?? '');
  });
}
