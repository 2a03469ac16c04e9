//! `samuh event …`: the weeks that are not ordinary (issue 15) — an owed fine paid, and (as they
//! come) a death in a welfare club with its levy and payout.

use super::{open, Answer, Cli};
use clap::Subcommand;
use samuh::app::{self, Ctx};
use samuh::i18n::Localizer;
use samuh::Error;

#[derive(Subcommand)]
pub(super) enum EventCmd {
    /// A fine owed (charged while the member was absent) paid between meetings.
    FinePay {
        /// The organisation's code (as `samuh org list` shows it).
        #[arg(long)]
        org: String,
        /// The date: YYYY-MM-DD or DD-MM-YYYY (also with / or .; with --lang th, a Buddhist Era year too).
        #[arg(long)]
        date: String,
        /// Admission number.
        #[arg(long)]
        member: String,
        /// The amount as written on paper (1,500.50 or 1500.5), in any one digit system.
        #[arg(long)]
        amount: String,
        /// An identifier the caller chooses for this entry: the same entry sent twice is recorded once.
        #[arg(long)]
        client_id: Option<String>,
    },
}

pub(super) fn run(cmd: &EventCmd, cli: &Cli, ctx: &Ctx, l: &Localizer, saved: &dyn Fn(app::Saved, &Localizer) -> Answer) -> Result<Answer, Error> {
    match cmd {
        EventCmd::FinePay { org, date, member, amount, client_id } => {
            let mut s = open(cli)?;
            let input = app::events::FinePayInput { org: org.clone(), date: date.clone(), member: member.clone(), amount: amount.clone(), client_id: client_id.clone() };
            Ok(saved(app::events::fine_pay(&mut s, ctx, &input)?, l))
        }
    }
}
