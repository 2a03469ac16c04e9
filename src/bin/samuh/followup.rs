//! `samuh receipts`: a receipt for every payer of a meeting or voucher (issue 15), as a PDF for a
//! thermal roll or A6 cards, or as text to send in a messaging app.

use samuh::store::error::StoreError;
use super::{write_file, Answer};
use clap::{Args, Subcommand};
use samuh::app::{self, Ctx};
use samuh::error::Arg;
use samuh::i18n::Localizer;
use samuh::store::Store;
use samuh::Error;
use std::path::PathBuf;

#[derive(Args)]
pub(super) struct ReceiptsArgs {
    #[arg(long, help = crate::help::ORG)]
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
    let json = serde_json::to_value(&view).map_err(|e| Error::Store(StoreError::Database { detail: e.to_string() }))?;
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
    #[arg(long, help = crate::help::ORG)]
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
    super::write_document(l, &a.out, &app::followup::acknowledgement_pdf(s, ctx, &input)?)
}

/// `samuh followup …`: the follow-up of borrowers who fell behind — the visit log,
/// the invitations to the follow-up meeting, the meeting's agreed payments and signed minutes.
/// The list itself and the debt-free list are reports (`followup-list`, `debt-free`).
#[derive(Subcommand)]
pub(super) enum FollowupCmd {
    /// Record a visit to a borrower's household.
    Visit {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The loan's number.
        #[arg(long)]
        loan: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        /// Who went.
        #[arg(long)]
        visitors: String,
        /// What they found.
        #[arg(long)]
        found: String,
        /// The committee's record of the loan does not match what the household says.
        #[arg(long)]
        mismatch: bool,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// The visit log, oldest first (one member's loans with --member).
    Visits {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// Admission number.
        #[arg(long)]
        member: Option<String>,
    },
    /// Invitations to the follow-up meeting, a page per overdue household (PDF, A4).
    Invitations {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The date of the follow-up list (who is behind).
        #[arg(long)]
        date: String,
        /// The date of the follow-up meeting the invitation calls to.
        #[arg(long)]
        meeting_date: String,
        /// Where the meeting is held.
        #[arg(long)]
        place: String,
        /// The time as written on the invitation ("10 am").
        #[arg(long)]
        time: Option<String>,
        #[arg(long, help = crate::help::OUT)]
        out: PathBuf,
    },
    /// Record the follow-up meeting: who attended and, per loan, the payment agreed
    /// (--promise LOAN:DATE:AMOUNT, repeated).
    Meeting {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        /// Where the meeting is held.
        #[arg(long)]
        place: String,
        /// Who attended, as the minutes name them.
        #[arg(long)]
        attended: String,
        /// What was said, for the minutes.
        #[arg(long)]
        notes: Option<String>,
        /// A payment agreed for a loan: LOAN:DATE:AMOUNT (the loan's number, the day, the amount);
        /// repeated for each.
        #[arg(long = "promise", required = true)]
        promises: Vec<String>,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// The signed minutes of the follow-up meeting held on a date (PDF, A4).
    Minutes(super::meeting::MeetingDocument),
}

pub(super) fn run(cmd: &FollowupCmd, cli: &super::Cli, ctx: &Ctx, l: &Localizer) -> Result<Answer, Error> {
    use app::followup as f;
    match cmd {
        FollowupCmd::Visit { org, loan, date, visitors, found, mismatch, client_id } => {
            let mut s = super::open(cli)?;
            let i = f::VisitInput { org: org.clone(), loan: loan.clone(), date: date.clone(), visitors: visitors.clone(), found: found.clone(), record_matches: !mismatch, client_id: client_id.clone() };
            let id = f::visit_record(&mut s, ctx, &i)?;
            Ok(Answer::new(l.msg("cli-followup-visit-saved", &[("date", super::said_date(date, ctx)), ("loan", Arg::Text(l.digits_of(loan)))]), serde_json::json!({"visit_id": id})))
        }
        FollowupCmd::Visits { org, member } => {
            let vs = f::visits_list(&super::open(cli)?, org, member.as_deref())?;
            let text = if vs.is_empty() {
                l.msg("cli-followup-no-visits", &[])
            } else {
                vs.iter()
                    .map(|v| {
                        // The day and the numbers in her calendar and digits (the JSON keeps ISO).
                        let day = chrono::NaiveDate::parse_from_str(&v.date, "%Y-%m-%d").map(|d| l.date(d)).unwrap_or_else(|_| v.date.clone());
                        let (no, loan) = (l.digits_of(&v.member_no), l.digits_of(&v.loan.to_string()));
                        format!("{day}\t{no} {}\t{loan}\t{}\t{}\t{}", v.member_name, v.visitors, if v.record_matches { "=" } else { "≠" }, v.found)
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            Ok(Answer::new(text, serde_json::to_value(&vs).map_err(|e| Error::Store(StoreError::Database { detail: e.to_string() }))?))
        }
        FollowupCmd::Invitations { org, date, meeting_date, place, time, out } => {
            let i = f::InvitationsInput { org: org.clone(), date: date.clone(), meeting_date: meeting_date.clone(), place: place.clone(), time: time.clone() };
            super::write_document(l, out, &f::invitations_pdf(&super::open(cli)?, ctx, &i)?)
        }
        FollowupCmd::Meeting { org, date, place, attended, notes, promises, client_id } => {
            let promises = promises
                .iter()
                .map(|p| {
                    let mut parts = p.splitn(3, ':');
                    let (loan, pay_on, amount) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
                    if amount.is_empty() {
                        return Err(Error::InvalidChoice { field: "promise".into(), value: p.clone() });
                    }
                    Ok(f::PromiseInput { loan: loan.into(), pay_on: pay_on.into(), amount: amount.into(), note: None })
                })
                .collect::<Result<Vec<_>, Error>>()?;
            let i = f::FollowupMeetingInput { org: org.clone(), date: date.clone(), place: place.clone(), attended: attended.clone(), notes: notes.clone(), promises, client_id: client_id.clone() };
            let id = f::followup_meeting_record(&mut super::open(cli)?, ctx, &i)?;
            Ok(Answer::new(l.msg("cli-followup-meeting-saved", &[("date", super::said_date(date, ctx))]), serde_json::json!({"followup_meeting_id": id})))
        }
        FollowupCmd::Minutes(a) => super::write_document(l, &a.out, &f::followup_minutes_pdf(&super::open(cli)?, ctx, &a.org, &a.date)?),
    }
}
