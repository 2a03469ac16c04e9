//! `samuh report --help` and the README name every report the core has (`reports::REPORTS`).

use std::process::Command;

#[test]
fn the_report_help_and_the_readme_name_every_report() {
    let out = Command::new(env!("CARGO_BIN_EXE_samuh")).args(["report", "--help"]).output().unwrap();
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    // The list as written in the README's comment lines after "# reports:".
    let listed: String = readme.lines().skip_while(|l| !l.starts_with("# reports:")).take_while(|l| l.starts_with('#')).collect::<Vec<_>>().join(" ");
    let words: Vec<&str> = listed.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).collect();
    for name in samuh::reports::REPORTS {
        assert!(help.contains(name), "`samuh report --help` does not name {name}:\n{help}");
        assert!(words.contains(name), "the README's list of reports lacks {name}");
    }
    // Names the core does not have are not offered either.
    assert!(!help.contains("share-slip"));
}
