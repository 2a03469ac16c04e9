//! The desktop's commands are listed in four places that must agree: the Tauri shell's
//! `generate_handler!`, the permissions its build script generates, the capability that grants
//! them to the window, and the test server that stands in for the shell. A command missing from
//! any one of them works in one backend and fails in the other (or is refused by the window).

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

fn read(rel: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The text between `start` and the next `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("{start} not found")) + start.len();
    let to = text[from..].find(end).unwrap_or_else(|| panic!("{end} not found after {start}"));
    &text[from..from + to]
}

fn words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

#[test]
fn every_desktop_command_is_handled_permitted_granted_and_served() {
    let handler = words(between(&read("src-tauri/src/main.rs"), "generate_handler![", "]"));
    assert!(handler.len() > 30 && handler.contains("policy_set") && handler.contains("book_open"), "{handler:?}");
    let built = words(&between(&read("src-tauri/build.rs"), "let commands = &[", "];").replace('"', " "));
    assert_eq!(handler, built, "generate_handler! and build.rs list the same commands");
    // The app's own permissions are bare `allow-<command>`; plugins' carry a prefix (`dialog:`).
    let granted: BTreeSet<String> = read("src-tauri/capabilities/default.json")
        .split('"')
        .filter_map(|w| w.strip_prefix("allow-").map(|c| c.replace('-', "_")))
        .collect();
    assert_eq!(handler, granted, "the capability grants exactly the app's commands (and the save dialog)");
    let serve = read("src/bin/samuh-serve.rs");
    let missing: Vec<_> = handler.iter().filter(|c| !serve.contains(&format!("\"{c}\""))).collect();
    assert!(missing.is_empty(), "samuh-serve does not answer {missing:?}");
}
