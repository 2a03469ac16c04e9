//! `samuh vsla …`: a VSLA group's cycles and its share-out (issue 14). The share-out sheet is
//! also `samuh report share-out`.

use super::{open, Answer, Cli};
use clap::Subcommand;
use samuh::app::{self, Ctx};
use samuh::error::Arg;
use samuh::i18n::Localizer;
use samuh::Error;

#[derive(Subcommand)]
pub(crate) enum VslaCmd {
    /// Open a cycle (the first, or the next after a share-out) with its by-laws: the share
    /// price, the social-fund contribution per meeting, the service charge on loans and what a
    /// share-out does with loans still out. The social fund is carried over as it stands.
    CycleOpen {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The cycle's first day.
        #[arg(long)]
        start: String,
        /// Its last day (default: a year less a day after the start).
        #[arg(long)]
        end: Option<String>,
        /// The price of one share for the whole cycle.
        #[arg(long)]
        share_price: String,
        /// Each member's social-fund contribution per meeting.
        #[arg(long)]
        social_fund: Option<String>,
        /// The service charge on loans, % a month of the principal (flat).
        #[arg(long)]
        service_charge: Option<String>,
        /// Loans still out at the share-out: net (deducted from the borrower's payout) or refuse.
        #[arg(long)]
        loans: Option<String>,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// Show the share-out sheet of the open cycle on a day. Nothing is written.
    SharePreview {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
    },
    /// Share out the open cycle on or after its last day: each member is paid shares × value
    /// per share (loans netted where the by-laws say so); the social fund stays.
    ShareOut {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
}

fn done(d: &app::VslaDone, id: &str, l: &Localizer) -> Answer {
    let text = l.msg(
        id,
        &[
            ("org", Arg::Text(d.org.clone())),
            ("cycle", Arg::Count(d.cycle)),
            ("voucher", Arg::Text(d.voucher.clone().unwrap_or_default())),
            ("code", Arg::Text(d.book_code.clone())),
        ],
    );
    Answer::new(text, serde_json::to_value(d).expect("json"))
}

pub(crate) fn run(cli: &Cli, cmd: &VslaCmd, ctx: &Ctx, l: &Localizer) -> Result<Answer, Error> {
    match cmd {
        VslaCmd::CycleOpen { org, start, end, share_price, social_fund, service_charge, loans, client_id } => {
            let mut s = open(cli)?;
            let i = app::CycleInput {
                org: org.clone(),
                start: start.clone(),
                end: end.clone(),
                share_price: share_price.clone(),
                social_fund: social_fund.clone(),
                service_charge: service_charge.clone(),
                loans: loans.clone(),
                client_id: client_id.clone(),
            };
            Ok(done(&app::vsla_cycle_open(&mut s, ctx, &i)?, "cli-vsla-cycle-opened", l))
        }
        VslaCmd::SharePreview { org, date } => {
            let s = open(cli)?;
            let report = app::vsla_share_out_preview(&s, ctx, &app::ShareOutInput { org: org.clone(), date: date.clone(), client_id: None })?;
            Ok(Answer::new(samuh::render::render_text(&report, l), samuh::render::render_json(&report)))
        }
        VslaCmd::ShareOut { org, date, client_id } => {
            let mut s = open(cli)?;
            let i = app::ShareOutInput { org: org.clone(), date: date.clone(), client_id: client_id.clone() };
            Ok(done(&app::vsla_share_out(&mut s, ctx, &i)?, "cli-vsla-shared-out", l))
        }
    }
}
