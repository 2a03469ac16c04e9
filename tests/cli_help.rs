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

/// The help of `samuh` and of each of its commands, walked from the top.
fn every_help() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut todo = vec![Vec::<String>::new()];
    while let Some(path) = todo.pop() {
        let o = Command::new(env!("CARGO_BIN_EXE_samuh")).args(&path).arg("--help").output().unwrap();
        assert!(o.status.success(), "samuh {} --help", path.join(" "));
        let help = String::from_utf8(o.stdout).unwrap();
        for line in help.lines().skip_while(|l| *l != "Commands:").skip(1).take_while(|l| !l.is_empty()) {
            let name = line.split_whitespace().next().unwrap();
            if name != "help" {
                todo.push(path.iter().cloned().chain([name.to_string()]).collect());
            }
        }
        out.push((path.join(" "), help));
    }
    out
}

/// What a help text leaves unsaid: a command or an option with no words after it (clap prints
/// the words on the same line, or on the next, further indented).
fn unsaid(help: &str) -> Vec<String> {
    let lines: Vec<&str> = help.lines().collect();
    let mut out = Vec::new();
    let mut section = "";
    for (i, l) in lines.iter().enumerate() {
        if !l.starts_with(' ') {
            section = l;
            continue;
        }
        let t = l.trim();
        let said_here = match section {
            "Commands:" => t.split_whitespace().nth(1).is_some(),
            "Options:" if t.starts_with('-') => {
                // "--org <ORG>  The organisation's code": words after the option and its value.
                let rest = t.split_once('>').map_or_else(|| t.split_once(' ').map_or("", |x| x.1), |x| x.1);
                !rest.trim().is_empty()
            }
            _ => true,
        };
        let said_next = lines.get(i + 1).is_some_and(|n| {
            let indent = |s: &str| s.len() - s.trim_start().len();
            !n.trim().is_empty() && indent(n) > indent(l) && !n.trim_start().starts_with('-')
        });
        if !said_here && !said_next {
            out.push(t.to_string());
        }
    }
    out
}

#[test]
fn every_command_and_option_says_what_it_takes_in_the_readers_terms() {
    // The check finds what it claims to.
    assert_eq!(unsaid("Commands:\n  disburse    \n  repay       Record a repayment\n"), ["disburse"]);
    assert_eq!(unsaid("Options:\n      --org <ORG>  The code\n      --loan <LOAN>  \n"), ["--loan <LOAN>"]);
    assert_eq!(unsaid("Options:\n      --year <YEAR>\n          The fiscal year\n      --reason <REASON>\n      --json\n"), ["--reason <REASON>", "--json"]);
    let helps = every_help();
    assert!(helps.len() > 60, "{} helps", helps.len());
    let mut wrong = Vec::new();
    for (path, help) in &helps {
        for l in unsaid(help) {
            wrong.push(format!("samuh {path}: {l}"));
        }
        // The developers' words are not hers: no issue numbers in what she reads.
        if let Some(l) = help.lines().find(|l| l.contains("(issue ") || l.contains("session ")) {
            wrong.push(format!("samuh {path}: {}", l.trim()));
        }
    }
    assert!(wrong.is_empty(), "help that says nothing, or speaks of the developers' work:\n{}", wrong.join("\n"));
}
