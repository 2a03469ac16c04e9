//! `samuh household …` (issue 16, the fund centre): a member's household number in a village
//! fund's register, and the households a fund centre follows until they are debt-free. The
//! debts, the plan and the list are reports (`household-debts`, `restructuring-plan`,
//! `target-households`, with `--household` naming one).

use super::Answer;
use clap::Subcommand;
use samuh::app::{self, Ctx};
use samuh::error::Arg;
use samuh::i18n::Localizer;
use samuh::Error;

#[derive(Subcommand)]
pub(super) enum HouseholdCmd {
    /// Record a member's household number (the house-registration number, or the number the
    /// village uses); it travels in the fund's bundles to the fund centre.
    Set {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// Admission number.
        #[arg(long)]
        member: String,
        /// The household's number as the village writes it (digits of any script; spaces and
        /// hyphens are left out).
        #[arg(long, required_unless_present = "clear")]
        household: Option<String>,
        /// Withdraw the member's household number.
        #[arg(long, conflicts_with = "household")]
        clear: bool,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// The fund centre follows a household from a date, until it is debt-free.
    Target {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The household's number, as its funds record it.
        #[arg(long)]
        household: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        /// Why the centre follows it, for the list of target households.
        #[arg(long, default_value = "")]
        note: String,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// A household's restructuring plan over a number of months (the `restructuring-plan`
    /// report takes the centre's by-laws' instalments).
    Plan {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The household's number, as its funds record it.
        #[arg(long)]
        household: String,
        /// 1 to 120.
        #[arg(long)]
        months: Option<String>,
        /// The date the plan starts from (today without it).
        #[arg(long)]
        to: Option<String>,
        /// text, json or csv.
        #[arg(long, default_value = "text")]
        format: String,
    },
}

pub(super) fn run(cmd: &HouseholdCmd, cli: &super::Cli, ctx: &Ctx, l: &Localizer) -> Result<Answer, Error> {
    let mut s = super::open(cli)?;
    match cmd {
        HouseholdCmd::Plan { org, household, months, to, format } => {
            let report = app::household_plan(&s, ctx, &app::HouseholdPlanInput { org: org.clone(), household: household.clone(), months: months.clone(), to: to.clone() })?;
            let json = samuh::render::render_json(&report);
            let text = match format.as_str() {
                "text" => samuh::render::render_text(&report, l),
                "csv" => samuh::render::render_csv(&report, l, samuh::render::CsvStyle { localized: true }),
                "json" => serde_json::to_string_pretty(&json).expect("json"),
                other => return Err(Error::InvalidChoice { field: "format".into(), value: other.to_string() }),
            };
            Ok(Answer::new(text, json))
        }
        HouseholdCmd::Set { org, member, household, clear, date, client_id } => {
            let i = app::HouseholdSetInput { org: org.clone(), member: member.clone(), household: household.clone().unwrap_or_default(), date: date.clone(), clear: *clear, client_id: client_id.clone() };
            let id = app::household_set(&mut s, ctx, &i)?;
            let text = if *clear {
                l.msg("cli-household-cleared", &[("member", Arg::Text(member.clone()))])
            } else {
                l.msg("cli-household-set", &[("member", Arg::Text(member.clone())), ("household", Arg::Text(app::household_key(&i.household)?))])
            };
            Ok(Answer::new(text, serde_json::json!({"id": id})))
        }
        HouseholdCmd::Target { org, household, date, note, client_id } => {
            let i = app::HouseholdTargetInput { org: org.clone(), household: household.clone(), date: date.clone(), note: note.clone(), client_id: client_id.clone() };
            let id = app::household_target(&mut s, ctx, &i)?;
            Ok(Answer::new(l.msg("cli-household-target", &[("household", Arg::Text(app::household_key(household)?)), ("date", super::said_date(date, ctx))]), serde_json::json!({"id": id})))
        }
    }
}
