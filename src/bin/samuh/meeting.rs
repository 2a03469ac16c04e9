//! `samuh meeting`: record a meeting from its file, and print the summary the members sign
//! (issue 12).

use super::{write_file, Answer};
use clap::{Args, Subcommand};
use samuh::app::{self, Ctx};
use samuh::error::Arg;
use samuh::i18n::Localizer;
use samuh::store::Store;
use samuh::Error;
use std::path::PathBuf;

#[derive(Subcommand)]
pub(super) enum MeetingCmd {
    /// Record from a JSON file (format in docs/meeting-format.md).
    Record {
        #[arg(long)]
        file: PathBuf,
    },
    /// Print the summary of a recorded meeting (A4 PDF, in the organisation's language): the
    /// page the members sign, with signature or thumbprint lines.
    Summary(SummaryArgs),
}

#[derive(Args)]
pub(super) struct SummaryArgs {
    #[arg(long)]
    org: String,
    /// The meeting's date.
    #[arg(long)]
    date: String,
    /// Write the PDF here.
    #[arg(long)]
    out: PathBuf,
}

pub(super) fn summary(s: &Store, ctx: &Ctx, l: &Localizer, a: &SummaryArgs) -> Result<Answer, Error> {
    let pdf = app::meeting_summary_pdf(s, ctx, &a.org, &a.date)?;
    write_file(&a.out, &pdf)?;
    let path = a.out.display().to_string();
    Ok(Answer::new(l.msg("cli-written", &[("path", Arg::Text(path.clone()))]), serde_json::json!({"written": [path]})))
}
