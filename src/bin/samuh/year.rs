//! `samuh year …`: the price of a share, the preview of a year's close, the close, and the
//! reopening of a closed year (issue 14).

use samuh::store::error::StoreError;
use super::{open, Answer, Cli};
use clap::{Args, Subcommand};
use samuh::app::{self, Ctx};
use samuh::error::Arg;
use samuh::i18n::Localizer;
use samuh::Error;

#[derive(Subcommand)]
pub(crate) enum YearCmd {
    /// Show what closing the year would post: the result, the appropriation and each member's
    /// dividend, explained. Nothing is written.
    Preview(YearArgs),
    /// Close a fiscal year that has ended: income and expenditure to the surplus, the
    /// appropriation to its funds, dividends to members. Two people once people are enrolled
    /// (--as and --approver). With --dry-run, the preview.
    Close {
        #[command(flatten)]
        args: YearArgs,
        /// Show what the close would post, saving nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Reopen a closed year: its closing vouchers are reversed. Needs a reason and two people.
    Reopen {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        #[arg(long, help = crate::help::YEAR)]
        year: String,
        /// Why it is reopened, as the minutes will read it (required).
        #[arg(long)]
        reason: String,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// A member's dividend and average-return slip of a closed year, in the organisation's
    /// language, with the amount in words and a line to sign; --out writes it as a PDF.
    Slip {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        #[arg(long, help = crate::help::YEAR)]
        year: String,
        /// The member's admission number.
        #[arg(long)]
        member: String,
        /// A PDF file to write (A5).
        #[arg(long)]
        out: Option<String>,
    },
    /// Pay out in cash the dividends a closed year kept as payable (closed with --credit-to
    /// payable): every member's, or one member's with --member.
    Pay {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        #[arg(long, help = crate::help::YEAR)]
        year: String,
        #[arg(long, help = crate::help::DATE)]
        date: String,
        /// Only this member (her admission number); every member's when left out.
        #[arg(long)]
        member: Option<String>,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// Record the auditor's sign-off of an ended year, from the signed checklist (`report
    /// audit-checklist`): who audited (with --peer-from, a peer auditor from another fund), the
    /// day, the bank statement's balance on the year's last day, and a remark per item. The
    /// checklist then compares the statement with the bank book and shows the remarks; the
    /// preview names the audit and the close records it.
    Audit {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        #[arg(long, help = crate::help::YEAR)]
        year: String,
        /// The auditor's name, as signed.
        #[arg(long)]
        auditor: String,
        /// The fund or society a peer auditor comes from (left out: the fund's own auditor).
        #[arg(long)]
        peer_from: Option<String>,
        /// The day of the audit (default: today).
        #[arg(long)]
        date: Option<String>,
        /// The balance on the bank statement on the year's last day.
        #[arg(long)]
        bank_statement: Option<String>,
        /// A remark on one item, ITEM=TEXT (items: cash, bank, loans, numbers, reversals,
        /// savings); repeat for each.
        #[arg(long = "remark", value_name = "ITEM=TEXT")]
        remarks: Vec<String>,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
    /// Set the price of one share from a date (co-operatives and savings groups).
    SharePrice {
        #[arg(long, help = crate::help::ORG)]
        org: String,
        /// The date the price takes effect (YYYY-MM-DD or DD-MM-YYYY).
        #[arg(long)]
        from: String,
        /// The price of one share.
        #[arg(long)]
        price: String,
        #[arg(long, help = crate::help::CLIENT_ID)]
        client_id: Option<String>,
    },
}

#[derive(Args)]
pub(crate) struct YearArgs {
    #[arg(long, help = crate::help::ORG)]
    org: String,
    #[arg(long, help = crate::help::YEAR)]
    year: String,
    /// The dividend rate in % a year as the general meeting resolved (default: what the pool pays).
    #[arg(long)]
    rate: Option<String>,
    /// Where dividends go: savings or payable.
    #[arg(long)]
    credit_to: Option<String>,
    /// whole-year, months-held or average-balance.
    #[arg(long)]
    weighting: Option<String>,
    /// each-month or total.
    #[arg(long)]
    round_at: Option<String>,
    /// truncate, half-up or half-even.
    #[arg(long)]
    rounding_mode: Option<String>,
    /// 0.01 (the minor unit) or 1 (the whole unit).
    #[arg(long)]
    rounding_unit: Option<String>,
    /// The fund's template, e.g. reserve=20,dividend=40,average-return=15,welfare=10,committee=10,public-benefit=5
    #[arg(long)]
    template: Option<String>,
    /// The by-laws leave members who defaulted in the year (a loan overdue at its end) out of
    /// the average-return; their part stays in the fund.
    #[arg(long)]
    exclude_defaulters: bool,
    /// Month-weighting: a purchase counts from the next month (next-month, the default) or from
    /// its own month (own-month).
    #[arg(long)]
    counts_from: Option<String>,
    /// A Thai co-operative's League of Co-operatives fee, % of the net profit (at most 5;
    /// default 1).
    #[arg(long)]
    league_fee: Option<String>,
    /// The League's ceiling on its fee (default 30000 baht).
    #[arg(long)]
    league_fee_cap: Option<String>,
    #[arg(long, help = crate::help::CLIENT_ID)]
    client_id: Option<String>,
}

impl YearArgs {
    fn input(&self) -> app::YearInput {
        app::YearInput {
            org: self.org.clone(),
            year: self.year.clone(),
            rate: self.rate.clone(),
            credit_to: self.credit_to.clone(),
            weighting: self.weighting.clone(),
            round_at: self.round_at.clone(),
            rounding_mode: self.rounding_mode.clone(),
            rounding_unit: self.rounding_unit.clone(),
            template: self.template.clone(),
            exclude_defaulters: Some(self.exclude_defaulters),
            league_fee: self.league_fee.clone(),
            counts_from: self.counts_from.clone(),
            league_fee_cap: self.league_fee_cap.clone(),
            client_id: self.client_id.clone(),
        }
    }
}

fn done(d: &app::YearDone, id: &str, l: &Localizer) -> Answer {
    let mut text = l.msg(id, &[("org", Arg::Text(d.org.clone())), ("year", Arg::Text(d.year.clone())), ("vouchers", Arg::Text(d.vouchers.join(", ")))]);
    text.push('\n');
    text.push_str(&l.msg("book-code-line", &[("code", Arg::Text(d.book_code.clone()))]));
    Answer::new(text, serde_json::to_value(d).expect("json"))
}

pub(crate) fn run(cli: &Cli, cmd: &YearCmd, ctx: &Ctx, l: &Localizer) -> Result<Answer, Error> {
    match cmd {
        YearCmd::Preview(a) | YearCmd::Close { args: a, dry_run: true } => {
            let s = open(cli)?;
            let report = app::year_preview(&s, ctx, &a.input())?;
            Ok(Answer::new(samuh::render::render_text(&report, l), samuh::render::render_json(&report)))
        }
        YearCmd::Close { args, dry_run: false } => {
            let mut s = open(cli)?;
            Ok(done(&app::year_close(&mut s, ctx, &args.input())?, "cli-year-closed", l))
        }
        YearCmd::Reopen { org, year, reason, client_id } => {
            let mut s = open(cli)?;
            let i = app::YearReopenInput { org: org.clone(), year: year.clone(), reason: reason.clone(), client_id: client_id.clone() };
            Ok(done(&app::year_reopen(&mut s, ctx, &i)?, "cli-year-reopened", l))
        }
        YearCmd::Slip { org, year, member, out } => {
            let s = open(cli)?;
            let o = s.read().org_by_code(org.trim())?.ok_or_else(|| Error::UnknownOrganisation { org: org.clone() })?;
            let locale = app::member_locale(&o);
            let members = Localizer::new(locale);
            let report = app::dividend_slip(&s, org, year, member, locale.lang)?;
            if let Some(path) = out {
                let pdf = samuh::render::render_pdf_all(std::slice::from_ref(&report), &members, samuh::render::PageSize::A5)?;
                std::fs::write(path, pdf).map_err(|e| Error::Store(StoreError::FileUnwritable { path: path.clone(), detail: e.to_string() }))?;
                let text = l.msg("ui-saved-to", &[("path", Arg::Text(path.clone()))]);
                return Ok(Answer::new(text, serde_json::json!({"written": [path]})));
            }
            Ok(Answer::new(samuh::render::render_text(&report, &members), samuh::render::render_json(&report)))
        }
        YearCmd::Pay { org, year, date, member, client_id } => {
            let mut s = open(cli)?;
            let i = app::YearPayInput { org: org.clone(), year: year.clone(), date: date.clone(), member: member.clone(), client_id: client_id.clone() };
            let d = app::year_dividend_pay(&mut s, ctx, &i)?;
            let mut text = l.msg("cli-year-paid", &[("org", Arg::Text(d.org.clone())), ("voucher", Arg::Text(d.voucher.clone())), ("count", Arg::Count(d.members as i64))]);
            text.push('\n');
            text.push_str(&l.msg("book-code-line", &[("code", Arg::Text(d.book_code.clone()))]));
            Ok(Answer::new(text, serde_json::to_value(&d).expect("json")))
        }
        YearCmd::Audit { org, year, auditor, peer_from, date, bank_statement, remarks, client_id } => {
            let mut map = std::collections::BTreeMap::new();
            for r in remarks {
                // ITEM=TEXT; an item without "=" is named as the unknown choice it is.
                let (item, text) = r.split_once('=').unwrap_or((r.as_str(), ""));
                map.insert(item.trim().to_string(), text.to_string());
            }
            let mut s = open(cli)?;
            let i = app::YearAuditInput {
                org: org.clone(),
                year: year.clone(),
                auditor: auditor.clone(),
                peer_from: peer_from.clone(),
                date: date.clone(),
                bank_statement: bank_statement.clone(),
                remarks: map,
                client_id: client_id.clone(),
            };
            let d = app::year_audit(&mut s, ctx, &i)?;
            let mut text = l.msg("cli-year-audited", &[("org", Arg::Text(d.org.clone())), ("year", Arg::Text(d.year.clone())), ("auditor", Arg::Text(d.auditor.clone()))]);
            text.push('\n');
            text.push_str(&l.msg("book-code-line", &[("code", Arg::Text(d.book_code.clone()))]));
            Ok(Answer::new(text, serde_json::to_value(&d).expect("json")))
        }
        YearCmd::SharePrice { org, from, price, client_id } => {
            let mut s = open(cli)?;
            let i = app::SharePriceInput { org: org.clone(), from: from.clone(), price: price.clone(), client_id: client_id.clone() };
            app::share_price_set(&mut s, ctx, &i)?;
            let text = l.msg("cli-share-price-set", &[("org", Arg::Text(org.clone())), ("price", Arg::Text(price.clone())), ("from", Arg::Text(from.clone()))]);
            Ok(Answer::new(text, serde_json::json!({"org": org, "from": from, "price": price})))
        }
    }
}
