//! Tidy checks in the spirit of rust-analyzer's `xtask/src/tidy.rs`: cheap tests over the source
//! text that keep ARCHITECTURE.md's map true. Every module opens with a `//!` line saying what it
//! owns; each layer imports only the layers below it
//! (domain ← store, i18n ← reports ← render ← app ← desk ← the shells); rusqlite is named only in
//! the store; the domain does no IO, reads no clock and knows no serde; the domain and the store
//! fail with their own error types, never the app's.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file of the core, the CLI and the desktop shell, relative to the root.
fn sources() -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    rust_files(&root().join("src-tauri/src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| (p.strip_prefix(root()).unwrap().display().to_string(), fs::read_to_string(&p).unwrap()))
        .collect()
}

/// The code of a file without its comments and without its `#[cfg(test)]` module at the end (tests
/// may build fixtures through higher layers) or files that are wholly tests.
fn code(path: &str, text: &str) -> String {
    if path.ends_with("/tests.rs") {
        return String::new();
    }
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// Whether `code` names `what` as a whole path (`store::Store`, not `store::StoredVoucher`).
fn names(code: &str, what: &str) -> bool {
    code.match_indices(what).any(|(i, _)| !code[i + what.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_'))
}

#[test]
fn every_module_says_what_it_owns() {
    let missing: Vec<_> = sources().into_iter().filter(|(_, t)| !t.starts_with("//!")).map(|(p, _)| p).collect();
    assert!(missing.is_empty(), "these files do not open with a `//!` line: {missing:?}");
}

/// The layer a file belongs to, by its folder.
fn layer(path: &str) -> Option<&'static str> {
    for l in ["domain", "store", "i18n", "reports", "render", "app", "desk"] {
        if path.starts_with(&format!("src/{l}/")) {
            return Some(l);
        }
    }
    None
}

/// What each layer must not import. `reports` and `render` may read the store's plain record
/// types (a stored voucher, loan, meeting: data, no connection), never the connection itself.
fn forbidden(layer: &str) -> &'static [&'static str] {
    match layer {
        "domain" => &["crate::store", "crate::i18n", "crate::reports", "crate::render", "crate::app", "crate::desk", "serde", "rusqlite", "std::fs", "std::net", "std::env", "Local::now", "Utc::now", "SystemTime"],
        "store" => &["crate::i18n", "crate::reports", "crate::render", "crate::app", "crate::desk"],
        "i18n" => &["crate::store", "crate::reports", "crate::render", "crate::app", "crate::desk"],
        "reports" => &["crate::render", "crate::app", "crate::desk", "store::Store", "store::Book", "rusqlite"],
        "render" => &["crate::app", "crate::desk", "store::Store", "store::Book", "rusqlite"],
        "app" => &["crate::desk", "crate::demo"],
        _ => &[],
    }
}

#[test]
fn layers_import_only_what_is_below_them() {
    let mut wrong = Vec::new();
    for (path, text) in sources() {
        let Some(l) = layer(&path) else { continue };
        let code = code(&path, &text);
        for f in forbidden(l) {
            if names(&code, f) {
                wrong.push(format!("{path} ({l}) names {f}"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layer direction:\n{}", wrong.join("\n"));
}

/// The modules of `src/app` each file names, outside its tests: by their path from the app
/// (`crate::app::meeting::screen`), or by `super::` from where the file is (`super::meeting` in a
/// file of the app's own folder, `super::corrections` in `meeting/screen.rs`). A feature's file and the files of its folder are one feature, so a
/// module names the modules below its folder without an edge (`meeting` holds `meeting::screen`).
fn app_graph() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut graph = std::collections::BTreeMap::new();
    let files: Vec<_> = sources().into_iter().filter(|(p, _)| p.starts_with("src/app/") && !p.ends_with("/mod.rs")).collect();
    let names: Vec<String> = files.iter().map(|(p, _)| p.trim_start_matches("src/app/").trim_end_matches(".rs").replace('/', "::")).collect();
    for ((path, text), me) in files.iter().zip(&names) {
        let code = code(path, text);
        let parent = me.rsplit_once("::").map(|(p, _)| p);
        let named = |n: &str| {
            // `super::` is the app for a file of its folder, the feature for a file of a feature's.
            let below_super = match parent {
                None => Some(n),
                Some(p) => n.strip_prefix(p).and_then(|r| r.strip_prefix("::")),
            };
            names_module(&code, &format!("crate::app::{n}"))
                || below_super.is_some_and(|x| names_module(&code, &format!("super::{x}")))
                || (parent.is_some() && names_module(&code, &format!("super::super::{n}")))
        };
        let uses = names.iter().filter(|n| *n != me && !n.starts_with(&format!("{me}::")) && named(n)).cloned().collect();
        graph.insert(me.clone(), uses);
    }
    graph
}

fn names_module(code: &str, path: &str) -> bool {
    code.match_indices(path).any(|(i, _)| code[i + path.len()..].starts_with("::"))
}

/// A cycle in the graph, if there is one (depth-first search).
fn cycle(graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(n: &str, g: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>, path: &mut Vec<String>, done: &mut std::collections::BTreeSet<String>) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == n) {
            let mut c = path[i..].to_vec();
            c.push(n.to_string());
            return Some(c);
        }
        if done.contains(n) {
            return None;
        }
        path.push(n.to_string());
        for m in g.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, g, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = std::collections::BTreeSet::new();
    graph.keys().find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_app_modules_import_each_other_without_cycles() {
    let g = app_graph();
    assert!(g.len() > 20, "{g:?}");
    assert_eq!(cycle(&g), None, "an import cycle in src/app");
    // The check finds a cycle where there is one.
    let mut bad = g.clone();
    bad.get_mut("saved").unwrap().insert("meeting".into());
    assert!(g["meeting"].contains("saved"), "{:?}", g["meeting"]);
    // A feature's folder is read too: the saved meeting's screen names the meeting it reads.
    assert!(g["meeting::screen"].contains("meeting"), "{:?}", g["meeting::screen"]);
    assert!(cycle(&bad).is_some());
}

#[test]
fn only_the_domain_writes_ledger_lines() {
    // The posting rules live in src/domain/posting.rs; the app reads facts and calls them.
    let wrong: Vec<_> = sources().into_iter().filter(|(p, t)| !p.starts_with("src/domain/") && code(p, t).contains("Line::new")).map(|(p, _)| p).collect();
    assert!(wrong.is_empty(), "ledger lines built outside the domain: {wrong:?}");
}

#[test]
fn rusqlite_is_named_only_in_the_store() {
    let wrong: Vec<_> = sources()
        .into_iter()
        .filter(|(p, t)| !p.starts_with("src/store/") && !p.starts_with("src/fuzzing/") && code(p, t).contains("rusqlite"))
        .map(|(p, _)| p)
        .collect();
    assert!(wrong.is_empty(), "rusqlite outside src/store: {wrong:?}");
}

/// Whether `code` names the app's error type (`Error`, `Error::X`, `crate::error::Error`) rather
/// than its own layer's (`Refusal`, `StoreError`) or another (`rusqlite::Error`, `AmountError`).
fn names_app_error(code: &str) -> bool {
    code.match_indices("Error").any(|(i, _)| {
        let before = code[..i].chars().next_back();
        let after = code[i + 5..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
            || code[..i].ends_with("crate::error::")
    })
}

#[test]
fn the_domain_and_the_store_fail_with_their_own_errors() {
    // Errors per layer: a domain rule refuses with `domain::refusal::Refusal`, the store with
    // `store::error::StoreError` (which may carry a domain refusal); the app's `Error` carries both.
    let wrong: Vec<_> = sources()
        .into_iter()
        .filter(|(p, t)| (p.starts_with("src/domain/") || p.starts_with("src/store/")) && names_app_error(&code(p, t)))
        .map(|(p, _)| p)
        .collect();
    assert!(wrong.is_empty(), "the app's Error named below the app: {wrong:?}");
}

#[test]
fn the_shells_reach_the_core_only_through_the_desk() {
    // The desktop shell and the browser test server hold no state and no command of their own.
    for shell in ["src-tauri/src/main.rs", "src/bin/samuh-serve.rs"] {
        let text = fs::read_to_string(root().join(shell)).unwrap();
        let code = code(shell, &text);
        for f in ["samuh::store", "Mutex", "RwLock", "OnceLock", "samuh::app::{self"] {
            assert!(!code.contains(f), "{shell} names {f}");
        }
        assert!(!code.lines().any(|l| l.trim_start().starts_with("static ")), "{shell} keeps a static");
        // Of the app layer a shell may name only the error it prints and the background check's pause.
        for (i, _) in code.match_indices("samuh::app::") {
            let rest = &code[i..];
            assert!(rest.starts_with("samuh::app::UiError") || rest.starts_with("samuh::app::{BookCheck, UiError}"), "{shell} reaches into the app layer: {}", &rest[..rest.len().min(60)]);
        }
    }
}

#[test]
fn the_tidy_checks_catch_what_they_claim() {
    // A check that cannot fail proves nothing: feed each a file that breaks its rule.
    assert!(names(&code("src/domain/x.rs", "//! x\nuse crate::store::Store;\n"), "crate::store"));
    assert!(!names("use crate::store::StoredVoucher;", "store::Store") && names("use crate::store::Store;", "store::Store"));
    assert!(!code("src/domain/x.rs", "//! x\n// crate::store in a comment\n").contains("crate::store"));
    assert!(!code("src/reports/x.rs", "//! x\nfn a() {}\n#[cfg(test)]\nmod tests {\n use crate::app;\n}\n").contains("crate::app"));
    assert_eq!(layer("src/render/pdf.rs"), Some("render"));
    assert!(forbidden("domain").contains(&"serde") && forbidden("app").contains(&"crate::desk"));
    assert!(names_app_error("fn f() -> Result<(), Error> {") && names_app_error("Err(Error::EmptyVoucher)") && names_app_error("use crate::error::Error;"));
    assert!(!names_app_error("Err(StoreError::DiskFull)") && !names_app_error("rusqlite::Error::QueryReturnedNoRows") && !names_app_error("AmountError::Negative"));
}
