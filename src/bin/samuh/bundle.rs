//! `samuh bundle` (issue 16): a group writes its signed bundle for its federation; an oversight
//! book imports the bundles of its groups.

use super::{open, Answer, Cli};
use clap::Subcommand;
use samuh::app::{self, Ctx};
use samuh::error::Arg;
use samuh::i18n::Localizer;
use samuh::Error;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum BundleCmd {
    /// Write this organisation's bundle: one signed file for the federation (pen drive, shared
    /// folder or messaging app). Changes nothing in the book but the note that it was written.
    Write {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        #[arg(long, help = crate::help::OUT)]
        out: PathBuf,
        /// Only what was recorded since the last bundle.
        #[arg(long)]
        since_last: bool,
        /// Leave members' names out of the bundle.
        #[arg(long)]
        no_names: bool,
    },
    /// Import groups' bundles into an oversight book (a village organisation).
    Import {
        /// The oversight organisation.
        #[arg(long)]
        org: String,
        /// Register a group seen for the first time, with the key its bundle is signed with
        /// (compare the fingerprint printed with the group's paper).
        #[arg(long)]
        register: bool,
        /// The bundle files to import (one transaction each).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Lend community investment fund to a registered group (the borrower is the group; its
    /// repayments are recorded with `samuh repay --member <group code>`).
    CifLoan {
        /// The oversight organisation that lends.
        #[arg(long)]
        org: String,
        /// The group's code, as registered.
        #[arg(long)]
        group: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        #[arg(long, help = crate::help::AMOUNT)]
        amount: String,
        #[arg(long, help = crate::help::RATE)]
        rate: Option<String>,
        #[arg(long, help = crate::help::RATE_PERIOD)]
        rate_period: Option<String>,
        #[arg(long, help = crate::help::METHOD)]
        method: Option<String>,
        #[arg(long, help = crate::help::FREQUENCY)]
        frequency: Option<String>,
        #[arg(long, help = crate::help::INSTALMENTS)]
        instalments: Option<String>,
        /// What the loan is for, as the borrower said it.
        #[arg(long, default_value = "")]
        purpose: String,
    },
}

pub fn run(cli: &Cli, ctx: &Ctx, l: &Localizer, cmd: &BundleCmd) -> Result<Answer, Error> {
    let t = |s: &str| Arg::Text(s.to_string());
    match cmd {
        BundleCmd::Write { org, out, since_last, no_names } => {
            let mut s = open(cli)?;
            let w = app::bundle_write(&mut s, ctx, &app::BundleWriteInput { org: org.clone(), out: out.display().to_string(), since_last: *since_last, no_names: *no_names })?;
            let mut text = l.msg(
                "cli-bundle-written",
                &[("path", t(&w.path)), ("org", t(&w.org)), ("vouchers", Arg::Count(w.vouchers)), ("seq", Arg::Count(w.seq)), ("scope", t(&w.scope))],
            );
            if w.relayed > 0 {
                text.push('\n');
                text.push_str(&l.msg("oversight-written-relayed", &[("groups", Arg::Count(w.relayed))]));
            }
            text.push('\n');
            text.push_str(&l.msg("cli-bundle-fingerprint", &[("fingerprint", t(&w.fingerprint))]));
            text.push('\n');
            text.push_str(&l.msg("book-code-line", &[("code", t(&w.book_code))]));
            Ok(Answer::new(text, serde_json::to_value(&w).expect("json")))
        }
        BundleCmd::Import { org, register, files } => {
            let mut s = open(cli)?;
            let input = app::BundleImportInput { org: org.clone(), files: files.iter().map(|f| f.display().to_string()).collect(), register: *register };
            let done = app::bundle_import(&mut s, ctx, &input)?;
            let mut lines = Vec::new();
            for d in &done {
                if d.registered {
                    lines.push(l.msg("cli-bundle-registered", &[("group", t(&d.group)), ("fingerprint", t(&d.fingerprint))]));
                }
                let id = if d.already { "cli-bundle-already" } else { "cli-bundle-imported" };
                lines.push(l.msg(id, &[("path", t(&d.path)), ("group", t(&d.group)), ("vouchers", Arg::Count(d.new_vouchers)), ("code", t(&d.book_code))]));
                if d.relayed > 0 {
                    lines.push(l.msg("oversight-relayed", &[("group", t(&d.group)), ("groups", Arg::Count(d.relayed))]));
                }
            }
            Ok(Answer::new(lines.join("\n"), serde_json::to_value(&done).expect("json")))
        }
        BundleCmd::CifLoan { org, group, date, amount, rate, rate_period, method, frequency, instalments, purpose } => {
            let mut s = open(cli)?;
            let input = app::CifLoanInput {
                org: org.clone(),
                group: group.clone(),
                date: date.clone(),
                amount: amount.clone(),
                rate: rate.clone(),
                rate_period: rate_period.clone(),
                method: method.clone(),
                frequency: frequency.clone(),
                instalments: instalments.clone(),
                purpose: purpose.clone(),
            };
            let saved = app::cif_loan(&mut s, ctx, &input)?;
            let text = l.msg("book-code-line", &[("code", t(&saved.book_code))]);
            Ok(Answer::new(text, serde_json::to_value(&saved).expect("json")))
        }
    }
}

/// `samuh export parquet --org VO --to DIR`: the oversight book's imported groups as Parquet.
pub fn export_parquet(cli: &Cli, l: &Localizer, org: Option<&str>, to: Option<&std::path::Path>) -> Result<Answer, Error> {
    let org = org.ok_or_else(|| Error::Required { field: "org".into() })?;
    let to = to.ok_or_else(|| Error::Required { field: "to".into() })?;
    let s = open(cli)?;
    let done = app::export_parquet(&s, &app::ParquetExportInput { org: org.to_string(), to: to.display().to_string() })?;
    let text = l.msg(
        "cli-parquet-exported",
        &[("dir", Arg::Text(done.dir.clone())), ("groups", Arg::Count(done.groups)), ("postings", Arg::Count(done.postings)), ("files", Arg::Count(done.files.len() as i64))],
    );
    Ok(Answer::new(text, serde_json::to_value(&done).expect("json")))
}
