//! `samuh receipts`: a receipt for every payer of a meeting or voucher (issue 15), as a PDF for a
//! thermal roll or A6 cards, or as text to send in a messaging app.

use super::{write_file, Answer};
use clap::Args;
use samuh::app::{self, Ctx};
use samuh::error::Arg;
use samuh::i18n::Localizer;
use samuh::store::Store;
use samuh::Error;
use std::path::PathBuf;

#[derive(Args)]
pub(super) struct ReceiptsArgs {
    #[arg(long)]
    org: String,
    /// The meeting's date.
    #[arg(long, required_unless_present = "voucher", conflicts_with = "voucher")]
    meeting: Option<String>,
    /// A voucher (2025-26/12, or 12 in the current fiscal year): a repayment or fine paid
    /// between meetings.
    #[arg(long)]
    voucher: Option<String>,
    /// Admission number: only this member's receipt.
    #[arg(long)]
    member: Option<String>,
    /// 58mm (thermal roll, the default), 80mm or a6.
    #[arg(long, default_value = "58mm")]
    paper: String,
    /// Embed fonts instead of drawing the letters as shapes.
    #[arg(long)]
    fonts: bool,
    /// Write the PDF here; without it, the receipts are printed as text to send.
    #[arg(long)]
    out: Option<PathBuf>,
}

pub(super) fn receipts(s: &Store, ctx: &Ctx, l: &Localizer, a: &ReceiptsArgs) -> Result<Answer, Error> {
    let input = app::followup::ReceiptsInput {
        org: a.org.clone(),
        meeting: a.meeting.clone(),
        voucher: a.voucher.clone(),
        member: a.member.clone(),
        paper: Some(a.paper.clone()),
        fonts: Some(a.fonts),
    };
    let view = app::followup::receipts_view(s, ctx, &input)?;
    let json = serde_json::to_value(&view).map_err(|e| Error::Database { detail: e.to_string() })?;
    match &a.out {
        Some(out) => {
            let pdf = app::followup::receipts_document(s, ctx, &input)?;
            write_file(out, &pdf)?;
            let path = out.display().to_string();
            Ok(Answer::new(l.msg("cli-written", &[("path", Arg::Text(path.clone()))]), serde_json::json!({"written": [path], "receipts": json})))
        }
        None => Ok(Answer::new(view.receipts.iter().map(|r| r.text.clone()).collect::<Vec<_>>().join("\n\n"), json)),
    }
}

/// `samuh acknowledgement`: the debt acknowledgement of a rescheduled loan, to sign.
#[derive(Args)]
pub(super) struct AcknowledgementArgs {
    #[arg(long)]
    org: String,
    /// The loan's number.
    #[arg(long)]
    loan: String,
    /// Write the PDF (A4, the organisation's language) here.
    #[arg(long)]
    out: PathBuf,
}

pub(super) fn acknowledgement(s: &Store, ctx: &Ctx, l: &Localizer, a: &AcknowledgementArgs) -> Result<Answer, Error> {
    let input = app::followup::AcknowledgementInput { org: a.org.clone(), loan: a.loan.clone() };
    let pdf = app::followup::acknowledgement_pdf(s, ctx, &input)?;
    write_file(&a.out, &pdf)?;
    let path = a.out.display().to_string();
    Ok(Answer::new(l.msg("cli-written", &[("path", Arg::Text(path.clone()))]), serde_json::json!({"written": [path]})))
}
