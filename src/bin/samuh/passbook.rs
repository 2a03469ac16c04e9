//! Passbook printing from the command line (issue 12): `samuh passbook` writes the PDF and takes
//! no line of the paper passbook; `samuh passbook-printed` records the lines once the person has
//! seen the passbook printed correctly, with the same choices and the `--upto` the first named.

use super::{write_file, Answer};
use clap::Args;
use samuh::app::{self, Ctx};
use samuh::error::Arg;
use samuh::i18n::Localizer;
use samuh::store::Store;
use samuh::Error;
use std::path::PathBuf;

/// The choices of one printing: which members, which paper, from where.
#[derive(Args, Clone)]
pub struct Choice {
    #[arg(long, help = crate::help::ORG)]
    pub org: String,
    /// Admission number; every member when left out.
    #[arg(long)]
    pub member: Option<String>,
    /// a4, a5, or WxH:LINES in millimetres (a passbook page and its printable lines).
    #[arg(long, default_value = "a5")]
    pub page: String,
    /// Reprint from this passbook line (1 = the first line of the book).
    #[arg(long, conflicts_with = "all")]
    pub from_line: Option<u32>,
    /// Print the whole passbook with the footer.
    #[arg(long)]
    pub all: bool,
}

/// `samuh passbook-printed`: the arguments of the printing and the voucher it covered.
#[derive(Args)]
pub struct Printed {
    #[command(flatten)]
    pub choice: Choice,
    /// The newest voucher the printing covered (`samuh passbook` names it).
    #[arg(long)]
    pub upto: i64,
}

fn print_of(c: &Choice, l: &Localizer) -> Result<app::PassbookPrint, Error> {
    let page = samuh::render::PageSize::parse(&c.page).ok_or_else(|| Error::InvalidChoice { field: "page".into(), value: c.page.clone() })?;
    let mode = match (c.from_line, c.all) {
        (_, true) => app::PassbookMode::All,
        (Some(n), _) => app::PassbookMode::FromLine(n),
        _ => app::PassbookMode::Continue,
    };
    Ok(app::PassbookPrint { org: c.org.clone(), member: c.member.clone(), locale: l.locale(), page, mode })
}

/// The command that confirms a printing, for the person to run once the paper is right.
fn confirm_command(c: &Choice, upto: i64) -> String {
    let mut cmd = format!("samuh passbook-printed --org {}", c.org);
    if let Some(m) = &c.member {
        cmd.push_str(&format!(" --member {m}"));
    }
    cmd.push_str(&format!(" --page {}", c.page));
    match (c.from_line, c.all) {
        (_, true) => cmd.push_str(" --all"),
        (Some(n), _) => cmd.push_str(&format!(" --from-line {n}")),
        _ => {}
    }
    cmd.push_str(&format!(" --upto {upto}"));
    cmd
}

/// `samuh passbook`: the PDF only; the answer says how to record the lines once printed.
pub fn print(s: &mut Store, ctx: &Ctx, l: &Localizer, c: &Choice, out: &PathBuf) -> Result<Answer, Error> {
    let p = print_of(c, l)?;
    let path = out.display().to_string();
    let printing = app::passbook_pdf_to(s, ctx, &p, |pdf| write_file(out, pdf))?;
    let command = confirm_command(c, printing.upto);
    let text = [l.msg("cli-written", &[("path", Arg::Text(path.clone()))]), l.msg("cli-passbook-pending", &[("command", Arg::Text(command.clone()))])].join("\n");
    Ok(Answer::new(text, serde_json::json!({"written": [path], "lines": printing.lines, "upto": printing.upto, "confirm": command})))
}

/// `samuh passbook-printed`: records the lines of the printing.
pub fn printed(s: &mut Store, ctx: &Ctx, l: &Localizer, a: &Printed) -> Result<Answer, Error> {
    let lines = app::passbook_printed(s, ctx, &print_of(&a.choice, l)?, a.upto)?;
    Ok(Answer::new(l.msg("passbook-print-recorded", &[("count", Arg::Count(lines as i64))]), serde_json::json!({"lines": lines})))
}
