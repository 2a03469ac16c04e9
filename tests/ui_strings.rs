//! The desktop UI's words all come from Fluent: every message key the UI names (`data-i18n`,
//! `i18n: '…'`, `t('…')`, any `'ui-…'` literal) exists in every language, and no TypeScript
//! source writes user-visible prose of its own.

use samuh::app::ui_messages;
use samuh::i18n::Lang;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn ui_sources() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    let mut out = vec![(root.join("index.html"), fs::read_to_string(root.join("index.html")).expect("ui/index.html"))];
    // Every TypeScript file under ui/src, screens/ included.
    let mut ts: Vec<PathBuf> = Vec::new();
    let mut dirs = vec![root.join("src")];
    while let Some(dir) = dirs.pop() {
        for e in fs::read_dir(&dir).expect("ui/src").flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|e| e == "ts") {
                ts.push(p);
            }
        }
    }
    assert!(ts.iter().any(|p| p.ends_with("screens/meeting.ts")), "the screens are read too");
    ts.sort();
    for p in ts {
        let text = fs::read_to_string(&p).expect("read ts");
        out.push((p, text));
    }
    out
}

/// String literals of a line of TypeScript ('…', "…", `…` on one line), comments dropped.
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            break;
        }
        if c == '\'' || c == '"' || c == '`' {
            let mut s = String::new();
            i += 1;
            while i < chars.len() && chars[i] != c {
                if chars[i] == '\\' {
                    i += 1;
                }
                if i < chars.len() {
                    s.push(chars[i]);
                }
                i += 1;
            }
            out.push(s);
        }
        i += 1;
    }
    out
}

fn keys_used() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for (path, text) in ui_sources() {
        let is_html = path.extension().is_some_and(|e| e == "html");
        for line in text.lines() {
            if is_html {
                for part in line.split("data-i18n=\"").skip(1) {
                    keys.insert(part.split('"').next().unwrap_or("").to_string());
                }
                continue;
            }
            for lit in literals(line) {
                if lit.starts_with("ui-") && !lit.contains("${") {
                    keys.insert(lit);
                }
            }
        }
    }
    keys
}

#[test]
fn every_key_the_ui_uses_has_a_message_in_every_language() {
    let keys = keys_used();
    assert!(keys.len() > 40, "the scanner finds the UI's keys ({})", keys.len());
    for &lang in Lang::ALL {
        let messages = ui_messages(samuh::i18n::Locale::new(lang));
        let missing: Vec<_> = keys.iter().filter(|k| !messages.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        // Keys built at run time: report titles, languages, group kinds.
        for r in ["cash-book", "bank-book", "savings-register", "loan-register", "passbook", "minutes"] {
            assert!(messages.contains_key(&format!("report-{r}")), "{lang:?} report-{r}");
        }
        for l in ["en", "hi", "bn", "th"] {
            assert!(messages.contains_key(&format!("ui-lang-{l}")));
        }
    }
}

#[test]
fn no_user_visible_literal_bypasses_fluent() {
    let mut found = Vec::new();
    for (path, text) in ui_sources() {
        if path.extension().is_some_and(|e| e == "html") {
            // Element text in the page shell: only whitespace between tags.
            for (n, line) in text.lines().enumerate() {
                let t = line.trim();
                if t.starts_with("<title>") || t.starts_with("<!") {
                    continue;
                }
                let between: String = t.split('>').skip(1).map(|s| s.split('<').next().unwrap_or("")).collect();
                if between.chars().any(char::is_alphabetic) {
                    found.push(format!("{}:{}: {t}", path.display(), n + 1));
                }
            }
            continue;
        }
        for (n, line) in text.lines().enumerate() {
            let t = line.trim_start();
            if t.starts_with("//") || t.starts_with("import ") || t.starts_with('*') || t.starts_with("/*") {
                continue;
            }
            for lit in literals(line).iter().map(|l| without_placeholders(l)) {
                // Selectors and templates of selectors are not prose.
                if lit.contains('#') || lit.contains('[') || lit.contains('>') || lit.starts_with('.') {
                    continue;
                }
                let non_ascii = lit.chars().any(|c| c.is_alphabetic() && !c.is_ascii());
                let words = lit.split_whitespace().filter(|w| w.chars().any(|c| c.is_ascii_alphabetic())).count();
                if non_ascii || words >= 2 {
                    found.push(format!("{}:{}: {lit:?}", path.display(), n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "user-visible text outside Fluent:\n{}", found.join("\n"));
}

/// A template literal's text without its `${…}` placeholders (code, not prose).
fn without_placeholders(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("${") {
        out.push_str(&rest[..i]);
        rest = rest[i..].find('}').map_or("", |j| &rest[i + j + 1..]);
    }
    out.push_str(rest);
    out
}

#[test]
fn the_scanner_catches_prose() {
    assert_eq!(without_placeholders("${t('ui-error')}: ${String(e)}"), ": ");
    assert_eq!(without_placeholders("Saved ${n} rows"), "Saved  rows");
    assert_eq!(literals("el.textContent = 'Save meeting'; // 'not this'"), vec!["Save meeting".to_string()]);
    assert_eq!(literals(r#"h('span', {}, "बचत")"#), vec!["span".to_string(), "बचत".to_string()]);
}
