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
        #[arg(long, help = crate::help::ORG)]
        org: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        /// Admission number.
        #[arg(long)]
        member: String,
        #[arg(long, help = crate::help::AMOUNT)]
        amount: String,
        #[arg(long, help = crate::help::CLIENT_ID)]
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
