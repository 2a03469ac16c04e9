//! The desktop's commands are listed once, in the core's table (`samuh::desk::api`). The UI's
//! TypeScript types are generated from it and committed (`ui/src/api.gen.ts`); this test fails
//! when they are stale. Run it with `SAMUH_UPDATE_API=1` to write the file anew.

use samuh::desk::{typescript, Access, COMMANDS};
use std::collections::BTreeSet;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_ui_types_are_generated_from_the_command_table() {
    let path = root().join("ui/src/api.gen.ts");
    let fresh = typescript();
    if std::env::var_os("SAMUH_UPDATE_API").is_some() {
        std::fs::write(&path, &fresh).expect("write ui/src/api.gen.ts");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(committed == fresh, "ui/src/api.gen.ts is stale: run `SAMUH_UPDATE_API=1 cargo test --test api_types` and commit it");
}

#[test]
fn every_command_is_in_the_table_once_and_in_the_types() {
    let names: BTreeSet<_> = COMMANDS.iter().map(|c| c.name).collect();
    assert_eq!(names.len(), COMMANDS.len(), "a command is listed twice");
    let ts = typescript();
    for c in COMMANDS {
        let access = match c.access {
            Access::Read => "read",
            Access::Write => "write",
            Access::Approve => "approve",
        };
        assert!(ts.contains(&format!("  {}: {{ args: ", c.name)) && ts.contains(&format!("access: '{access}' }};")), "{} is missing from the TypeScript", c.name);
    }
    // The ones a window cannot work without, and their kinds.
    for (name, access) in [("book_open", Access::Read), ("meeting_record", Access::Approve), ("policy_set", Access::Approve), ("report_progress", Access::Read), ("setup_record", Access::Write)] {
        assert_eq!(COMMANDS.iter().find(|c| c.name == name).map(|c| c.access), Some(access), "{name}");
    }
}

#[test]
fn the_shells_name_no_command_of_their_own() {
    // The Tauri shell has one handler and one permission; the test server one dispatch. A command
    // name written in either would be a second list that can drift from the table.
    let tauri = std::fs::read_to_string(root().join("src-tauri/src/main.rs")).unwrap();
    let serve = std::fs::read_to_string(root().join("src/bin/samuh-serve.rs")).unwrap();
    let capability = std::fs::read_to_string(root().join("src-tauri/capabilities/default.json")).unwrap();
    for c in COMMANDS {
        assert!(!tauri.contains(c.name) && !serve.contains(&format!("\"{}\"", c.name)), "{} is named in a shell", c.name);
        assert!(!capability.contains(&format!("allow-{}", c.name.replace('_', "-"))), "{} has a permission of its own", c.name);
    }
    assert!(capability.contains("\"allow-call\""), "the window may call the table");
    assert!(tauri.contains("generate_handler![call]"), "the shell's only command is call");
}
