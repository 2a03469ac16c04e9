//! `samuh meeting`: record a meeting from its file, and print the summary the members sign
//! (issue 12).

use super::Answer;
use clap::{Args, Subcommand};
use samuh::app::{self, Ctx};
use samuh::i18n::Localizer;
use samuh::store::Store;
use samuh::Error;
use std::path::PathBuf;

#[derive(Subcommand)]
pub(super) enum MeetingCmd {
    /// Record from a JSON file (format in docs/meeting-format.md).
    Record {
        /// The JSON file.
        #[arg(long)]
        file: PathBuf,
    },
    /// Print the summary of a recorded meeting (A4 PDF, in the organisation's language): the
    /// page the members sign, with signature or thumbprint lines.
    Summary(MeetingDocument),
}

/// A document of one meeting (its summary, a follow-up meeting's minutes): the organisation,
/// the meeting's date, the PDF to write.
#[derive(Args)]
pub(super) struct MeetingDocument {
    #[arg(long, help = crate::help::ORG)]
    pub(super) org: String,
    /// The meeting's date.
    #[arg(long)]
    pub(super) date: String,
    /// Write the PDF here.
    #[arg(long)]
    pub(super) out: PathBuf,
}

pub(super) fn summary(s: &Store, ctx: &Ctx, l: &Localizer, a: &MeetingDocument) -> Result<Answer, Error> {
    super::write_document(l, &a.out, &app::meeting_summary_pdf(s, ctx, &a.org, &a.date)?)
}
