//! `samuh welfare …`: a death in the funeral-welfare club (its levy, collections and payout, the
//! settlement slips for lending funds kept in other books) and welfare benefits (issue 15).

use samuh::store::error::StoreError;
use super::{open, write_file, Answer, Cli};
use clap::Subcommand;
use samuh::app::{self, welfare as w, Ctx};
use samuh::error::Arg;
use samuh::i18n::Localizer;
use samuh::Error;
use std::path::PathBuf;

#[derive(Subcommand)]
pub(super) enum WelfareCmd {
    /// The club's welfare rules from a date: the levy per death (or the annual fee), the admin
    /// share, the arrears that take eligibility away, and the benefits by kind.
    Rules {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The date the rules take effect (YYYY-MM-DD or DD-MM-YYYY).
        #[arg(long)]
        from: String,
        /// per-death or annual-fee.
        #[arg(long)]
        model: Option<String>,
        /// What each member pays when a member dies (the per-death model).
        #[arg(long)]
        levy: Option<String>,
        /// What each member pays a year (the annual-fee model).
        #[arg(long)]
        annual_fee: Option<String>,
        /// Percent of a death's collection kept for administration.
        #[arg(long)]
        admin_share: Option<String>,
        /// Unpaid levies after which a member loses eligibility.
        #[arg(long)]
        arrears_limit: Option<String>,
        /// The benefit paid when a member dies (the annual-fee model; per death it is the levy's
        /// collection).
        #[arg(long)]
        death_benefit: Option<String>,
        /// The benefit paid at a birth in a member's family.
        #[arg(long)]
        birth: Option<String>,
        /// The benefit paid for a sickness.
        #[arg(long)]
        sickness: Option<String>,
        /// The benefit paid in old age.
        #[arg(long)]
        old_age: Option<String>,
    },
    /// A member died: raises the levy on every member enrolled that day.
    Death {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The deceased's admission number.
        #[arg(long)]
        member: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        /// Who receives the payout (default: the nominee in the member register).
        #[arg(long)]
        nominee: Option<String>,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// Levies paid for a death (at a meeting or as they come).
    Collect {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The deceased's admission number.
        #[arg(long)]
        deceased: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        /// Admission numbers of the members who paid (repeat, or comma-separated).
        #[arg(long, value_delimiter = ',')]
        member: Vec<String>,
        /// Every member who still owes paid.
        #[arg(long)]
        all_owing: bool,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// The payout: the admin share kept, the deceased's loans settled first, the rest to the nominee.
    Payout {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The deceased's admission number.
        #[arg(long)]
        deceased: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        /// A loan to settle: FUND:LOAN for a fund kept in this book (owed computed to the date),
        /// or "FUND NAME:LOAN:PRINCIPAL:INTEREST" for a fund kept in another book. Repeat.
        #[arg(long)]
        settle: Vec<String>,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// Writes the signed settlement slips of a payout (for funds kept in other books) into a folder.
    Slips {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The deceased's admission number.
        #[arg(long)]
        deceased: String,
        /// The folder to write the slips into (made if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// In the lending fund's book: records a club's settlement slip as the loan's repayment.
    SlipRecord {
        /// The lending fund.
        #[arg(long)]
        org: String,
        /// The slip file the club sent.
        #[arg(long)]
        file: String,
        /// The loan's number in this book.
        #[arg(long)]
        loan: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        /// Register the club's key from this slip (its first slip here), after comparing the
        /// key fingerprint with the club's printed slip.
        #[arg(long)]
        register: bool,
    },
    /// In the club's book: the fund's receipt of a slip (what the club owed it is paid).
    SlipReceived {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The slip's number, as printed on it.
        #[arg(long)]
        slip: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
    },
    /// A welfare benefit (birth, sickness, old-age, death) paid from the welfare fund.
    Benefit {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The member's admission number.
        #[arg(long)]
        member: String,
        /// birth, sickness, old-age or death.
        #[arg(long)]
        kind: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// Annual welfare fees paid (the annual-fee model).
    Fee {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        /// The members' admission numbers, separated by commas.
        #[arg(long, value_delimiter = ',')]
        member: Vec<String>,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// The payout statement as a PDF, in the club's language.
    Statement {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The deceased's admission number.
        #[arg(long)]
        deceased: String,
        #[arg(long, help = crate::help::OUT)]
        out: PathBuf,
    },
}

/// A `--settle` value: FUND:LOAN, or FUND:LOAN:PRINCIPAL[:INTEREST].
fn settle(s: &str) -> Result<w::SettleInput, Error> {
    let parts: Vec<&str> = s.split(':').collect();
    match parts.as_slice() {
        [fund, loan] => Ok(w::SettleInput { fund: fund.to_string(), loan: loan.to_string(), principal: None, interest: None }),
        [fund, loan, principal] => Ok(w::SettleInput { fund: fund.to_string(), loan: loan.to_string(), principal: Some(principal.to_string()), interest: None }),
        [fund, loan, principal, interest] => {
            Ok(w::SettleInput { fund: fund.to_string(), loan: loan.to_string(), principal: Some(principal.to_string()), interest: Some(interest.to_string()) })
        }
        _ => Err(Error::SettleMalformed { value: s.to_string() }),
    }
}

pub(super) fn run(cmd: &WelfareCmd, cli: &Cli, ctx: &Ctx, l: &Localizer, saved: &dyn Fn(app::Saved, &Localizer) -> Answer) -> Result<Answer, Error> {
    let t = |s: &str| Arg::Text(s.to_string());
    // Amounts come back as exact decimal strings; shown in the reader's digits and grouping.
    let money = |s: &str| match s.parse::<rust_decimal::Decimal>().ok().and_then(|d| samuh::domain::money::Money::from_decimal(d).ok()) {
        Some(m) => Arg::Money(m),
        None => Arg::Text(s.to_string()),
    };
    match cmd {
        WelfareCmd::Rules { org, from, model, levy, annual_fee, admin_share, arrears_limit, death_benefit, birth, sickness, old_age } => {
            let mut s = open(cli)?;
            let i = w::WelfareRuleInput {
                org: org.clone(),
                from: from.clone(),
                model: model.clone(),
                levy: levy.clone(),
                annual_fee: annual_fee.clone(),
                admin_share: admin_share.clone(),
                arrears_limit: arrears_limit.clone(),
                death_benefit: death_benefit.clone(),
                birth: birth.clone(),
                sickness: sickness.clone(),
                old_age: old_age.clone(),
            };
            let id = w::welfare_rule_set(&mut s, ctx, &i)?;
            Ok(Answer::new(l.msg("cli-welfare-rules-saved", &[("date", super::said_date(from, ctx))]), serde_json::json!({"rule_id": id})))
        }
        WelfareCmd::Death { org, member, date, nominee, client_id } => {
            let mut s = open(cli)?;
            let i = w::DeathInput { org: org.clone(), member: member.clone(), date: date.clone(), nominee: nominee.clone(), client_id: client_id.clone() };
            let d = w::death_record(&mut s, ctx, &i)?;
            let text = l.msg(
                "cli-welfare-death-saved",
                &[("owing", Arg::Count(d.owing)), ("levy", money(&d.levy)), ("expected", money(&d.expected)), ("code", t(&d.book_code))],
            );
            Ok(Answer::new(text, serde_json::to_value(&d).expect("json")))
        }
        WelfareCmd::Collect { org, deceased, date, member, all_owing, client_id } => {
            let mut s = open(cli)?;
            let i = w::LevyCollectInput { org: org.clone(), deceased: deceased.clone(), date: date.clone(), members: member.clone(), all_owing: *all_owing, client_id: client_id.clone() };
            Ok(saved(w::levy_collect(&mut s, ctx, &i)?, l))
        }
        WelfareCmd::Payout { org, deceased, date, settle: loans, client_id } => {
            let mut s = open(cli)?;
            let loans = loans.iter().map(|x| settle(x)).collect::<Result<Vec<_>, _>>()?;
            let i = w::PayoutInput { org: org.clone(), deceased: deceased.clone(), date: date.clone(), loans, client_id: client_id.clone() };
            let p = w::welfare_payout(&mut s, ctx, &i)?;
            let mut text = l.msg(
                "cli-welfare-payout-saved",
                &[
                    ("voucher", t(&p.saved.voucher)),
                    ("collected", money(&p.collected)),
                    ("admin", money(&p.admin)),
                    ("funds", money(&p.to_funds)),
                    ("family", money(&p.to_family)),
                    ("code", t(&p.saved.book_code)),
                ],
            );
            for x in &p.settled {
                text.push('\n');
                text.push_str(&l.msg(
                    "cli-welfare-settled",
                    &[
                        ("loan", t(&x.loan)),
                        ("fund", t(&x.fund)),
                        ("interest", money(&x.interest)),
                        ("principal", money(&x.principal)),
                        ("left", money(&x.left)),
                        ("reference", t(x.fund_voucher.as_deref().unwrap_or(&x.slip))),
                    ],
                ));
            }
            Ok(Answer::new(text, serde_json::to_value(&p).expect("json")))
        }
        WelfareCmd::Slips { org, deceased, out } => {
            let mut s = open(cli)?;
            let slips = w::settlement_slips(&mut s, ctx, org, deceased)?;
            std::fs::create_dir_all(out).map_err(|e| Error::Store(StoreError::FileUnwritable { path: out.display().to_string(), detail: e.to_string() }))?;
            let mut written = Vec::new();
            for (slip, bytes) in slips {
                let f = out.join(format!("{}.samuh-slip", slip.slip));
                write_file(&f, &bytes)?;
                written.push(f.display().to_string());
                // The printed copy that goes with the money.
                let pdf = out.join(format!("{}.pdf", slip.slip));
                write_file(&pdf, &w::slip_pdf(&s, &slip)?)?;
                written.push(pdf.display().to_string());
            }
            let text = written.iter().map(|p| l.msg("cli-written", &[("path", t(p))])).collect::<Vec<_>>().join("\n");
            Ok(Answer::new(text, serde_json::json!({"written": written})))
        }
        WelfareCmd::SlipRecord { org, file, loan, date, register } => {
            let mut s = open(cli)?;
            let i = w::SlipRecordInput { org: org.clone(), file: file.clone(), loan: loan.clone(), date: date.clone(), register: *register };
            Ok(saved(w::slip_record(&mut s, ctx, &i)?, l))
        }
        WelfareCmd::SlipReceived { org, slip, date } => {
            let mut s = open(cli)?;
            let i = w::SlipReceivedInput { org: org.clone(), slip: slip.clone(), date: date.clone() };
            Ok(saved(w::slip_received(&mut s, ctx, &i)?, l))
        }
        WelfareCmd::Benefit { org, member, kind, date, client_id } => {
            let mut s = open(cli)?;
            let i = w::BenefitInput { org: org.clone(), member: member.clone(), kind: kind.clone(), date: date.clone(), client_id: client_id.clone() };
            Ok(saved(w::benefit_pay(&mut s, ctx, &i)?, l))
        }
        WelfareCmd::Fee { org, date, member, client_id } => {
            let mut s = open(cli)?;
            let i = w::FeeInput { org: org.clone(), date: date.clone(), members: member.clone(), client_id: client_id.clone() };
            Ok(saved(w::fee_collect(&mut s, ctx, &i)?, l))
        }
        WelfareCmd::Statement { org, deceased, out } => {
            super::write_document(l, out, &w::payout_statement_pdf(&open(cli)?, ctx, org, deceased)?)
        }
    }
}
