//! Plain-text accounting journals of the book, for checking it with independent tools:
//! ledger-cli / hledger syntax (`export_ledger`) and beancount syntax (`export_beancount`).
//!
//! Account names are hierarchical and ASCII, valid in all three tools: the root is the account
//! type (`Assets`, `Liabilities`, `Equity`, `Income`, `Expenses`), then — only when the export
//! covers more than one organisation — the organisation as one CamelCase component
//! (`Assets:ShgKishanganj:Cash`; beancount needs the type root first, so `shg-kishanganj:Assets`
//! is not possible), then the head (`Cash`, `Savings`, `Loans`…). Asset, liability and equity
//! heads kept per member or per loan get one sub-account each (`Liabilities:Savings:M03`,
//! `Assets:Loans:L0007`), so the tools show the member and loan sub-ledgers; income and expense
//! heads stay whole (`Income:Interest`). Member names, notes and narrations may be in any
//! script: they go into descriptions and comments (UTF-8), never into account names.
//!
//! Amounts are exact with two decimals and the ISO currency code after the number
//! (`1240.00 INR`), which ledger, hledger and beancount all read the same way. Nothing here
//! depends on the clock, so the same book gives byte-identical output.

use crate::domain::ledger::{AccountType, LineKind, VoucherKind};
use crate::domain::org::{FiscalYear, Member, Organisation};
use crate::store::{LoanRecord, MeetingRecord, StoredVoucher};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

/// Which tool the journal is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JournalFormat {
    /// ledger-cli 3 and hledger 1.x.
    Ledger,
    /// beancount 2 (bean-check).
    Beancount,
}

impl JournalFormat {
    pub fn code(self) -> &'static str {
        match self {
            JournalFormat::Ledger => "ledger",
            JournalFormat::Beancount => "beancount",
        }
    }
    pub fn from_code(s: &str) -> Option<JournalFormat> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ledger" | "hledger" => Some(JournalFormat::Ledger),
            "beancount" | "bean" => Some(JournalFormat::Beancount),
            _ => None,
        }
    }
}

/// One organisation's book as the journal needs it.
#[derive(Debug, Clone)]
pub struct OrgJournal {
    pub org: Organisation,
    /// The chart: (code, type) in chart order.
    pub accounts: Vec<(String, AccountType)>,
    pub members: Vec<Member>,
    pub loans: Vec<LoanRecord>,
    pub meetings: Vec<MeetingRecord>,
    /// Vouchers in chain order, with their lines.
    pub vouchers: Vec<StoredVoucher>,
}

/// The root component of an account type.
fn root(kind: AccountType) -> &'static str {
    match kind {
        AccountType::Asset => "Assets",
        AccountType::Liability => "Liabilities",
        AccountType::Equity => "Equity",
        AccountType::Income => "Income",
        AccountType::Expense => "Expenses",
    }
}

/// "shg-kishanganj" → "ShgKishanganj": ASCII letters and digits only, starting with a capital
/// letter or digit (what beancount requires of every component). None if nothing usable is left.
fn camel(code: &str) -> Option<String> {
    let mut out = String::new();
    for word in code.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The organisation's component in a multi-organisation export (`ShgKishanganj`); an
/// organisation code with no ASCII letters or digits falls back to `Org<id>`.
pub fn org_component(org: &Organisation) -> String {
    camel(&org.code).unwrap_or_else(|| format!("Org{}", org.id))
}

/// The head of an account code below its root (`member-savings` → `Savings`). Every code of the
/// chart has its own head, so the mapping is one-to-one; unknown codes are CamelCased.
fn head(code: &str) -> String {
    let h = match code {
        "cash" => "Cash",
        "bank" => "Bank",
        "loans-to-members" => "Loans",
        "member-savings" => "Savings",
        "bank-loan" => "BankLoan",
        "cif-payable" => "CommunityInvestmentFund",
        "revolving-fund" => "RevolvingFund",
        "village-fund-capital" => "VillageFundCapital",
        "welfare-fund" => "WelfareFund",
        "share-capital" => "ShareCapital",
        "reserve-fund" => "ReserveFund",
        "accumulated-surplus" => "Surplus",
        "interest-income" => "Interest",
        "fine-income" => "Fines",
        "bank-interest-income" => "BankInterest",
        "grant-income" => "Grants",
        "membership-fee-income" => "MembershipFees",
        "other-income" => "Other",
        "cash-excess" => "CashExcess",
        "bank-loan-interest" => "BankLoanInterest",
        "meeting-expense" => "Meeting",
        "stationery-expense" => "Stationery",
        "travel-expense" => "Travel",
        "honorarium-expense" => "Honorarium",
        "bank-charges" => "BankCharges",
        "training-expense" => "Training",
        "other-expense" => "Other",
        "cash-shortage" => "CashShortage",
        other => return camel(other).unwrap_or_else(|| "Unnamed".to_string()),
    };
    h.to_string()
}

/// The journal name of a book account (the control account, without any member or loan
/// sub-account): `Liabilities:Savings`, or `Liabilities:ShgKishanganj:Savings` with an
/// organisation component.
pub fn account_name(org_component: Option<&str>, code: &str, kind: AccountType) -> String {
    match org_component {
        Some(o) => format!("{}:{}:{}", root(kind), o, head(code)),
        None => format!("{}:{}", root(kind), head(code)),
    }
}

/// A member's sub-account component: the admission number when it is already a valid
/// component (`M03`), else `M<id>`, so two members never share one.
fn member_component(m: &Member) -> String {
    let no = m.admission_no.trim();
    let valid = !no.is_empty()
        && no.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && no.chars().next().is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if valid { no.to_string() } else { format!("M{}", m.id) }
}

/// Text that is safe on one line of either syntax: no line breaks or tabs, and no run of two
/// spaces (ledger reads "  ;" as the start of a note and two spaces as the end of an account).
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last_space = false;
    for c in s.chars() {
        let c = if c.is_whitespace() || c.is_control() { ' ' } else { c };
        if c == ' ' {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push(c);
            last_space = false;
        }
    }
    out.trim().to_string()
}

/// A beancount string literal body: backslashes and quotes escaped.
fn quoted(s: &str) -> String {
    one_line(s).replace('\\', "\\\\").replace('"', "\\\"")
}

/// One organisation, prepared: names of every account a line can post to, and labels.
struct Prepared<'a> {
    j: &'a OrgJournal,
    types: HashMap<&'a str, AccountType>,
    members: HashMap<i64, &'a Member>,
    loans: HashMap<i64, &'a LoanRecord>,
    meetings: HashMap<i64, i64>,
    org_component: Option<String>,
}

impl<'a> Prepared<'a> {
    fn new(j: &'a OrgJournal, with_org: bool) -> Prepared<'a> {
        Prepared {
            j,
            types: j.accounts.iter().map(|(c, t)| (c.as_str(), *t)).collect(),
            members: j.members.iter().map(|m| (m.id, m)).collect(),
            loans: j.loans.iter().map(|l| (l.id, l)).collect(),
            meetings: j.meetings.iter().map(|m| (m.id, m.number)).collect(),
            org_component: with_org.then(|| org_component(&j.org)),
        }
    }

    /// The account a line posts to, with the member or loan sub-account for balance-sheet heads.
    fn line_account(&self, account: &str, member_id: Option<i64>, loan_id: Option<i64>) -> String {
        let kind = self.types.get(account).copied().unwrap_or(AccountType::Asset);
        let base = account_name(self.org_component.as_deref(), account, kind);
        if matches!(kind, AccountType::Income | AccountType::Expense) {
            return base;
        }
        // A loan sub-ledger wins over the member key a loan line also carries.
        let loan_head = crate::domain::ledger::chart_for(self.j.org.kind)
            .iter()
            .find(|a| a.code == account)
            .map(|a| a.sub_ledger);
        match loan_head {
            Some(crate::domain::ledger::SubLedger::Loan) => match loan_id.and_then(|id| self.loans.get(&id)) {
                Some(l) => format!("{base}:L{:04}", l.number),
                None => base,
            },
            Some(crate::domain::ledger::SubLedger::Member) => match member_id.and_then(|id| self.members.get(&id)) {
                Some(m) => format!("{base}:{}", member_component(m)),
                None => base,
            },
            _ => base,
        }
    }

    fn voucher_label(&self, v: &StoredVoucher) -> String {
        let fy = FiscalYear { start_year: v.fiscal_year, start_month: self.j.org.fiscal_start_month, start_day: self.j.org.fiscal_start_day };
        format!("{}/{:04}", fy.label(), v.number)
    }

    /// The transaction's description: what kind of voucher, which meeting, and its narration
    /// (for a reversal: which voucher it reverses and why).
    fn description(&self, v: &StoredVoucher, by_id: &HashMap<i64, &StoredVoucher>) -> String {
        let mut d = match v.kind {
            VoucherKind::Opening => "Opening balances".to_string(),
            VoucherKind::Meeting => match v.meeting_id.and_then(|id| self.meetings.get(&id)) {
                Some(n) => format!("Meeting {n}"),
                None => "Meeting".to_string(),
            },
            VoucherKind::Disbursement => "Loan disbursement".to_string(),
            VoucherKind::Repayment => "Loan repayment".to_string(),
            VoucherKind::Receipt => "Receipt".to_string(),
            VoucherKind::Payment => "Payment".to_string(),
            VoucherKind::Reversal => match v.reverses_id.and_then(|id| by_id.get(&id)) {
                Some(o) => format!("Reversal of {}", self.voucher_label(o)),
                None => "Reversal".to_string(),
            },
        };
        if !v.narration.trim().is_empty() {
            d.push_str(": ");
            d.push_str(&v.narration);
        }
        if self.org_component.is_some() {
            d = format!("[{}] {d}", self.j.org.code);
        }
        one_line(&d)
    }

    /// The comment after a posting: what the line is for and whose it is.
    fn line_comment(&self, kind: LineKind, member_id: Option<i64>, note: &str) -> String {
        let mut c = kind.code().to_string();
        if let Some(m) = member_id.and_then(|id| self.members.get(&id)) {
            let _ = write!(c, " {} {}", m.admission_no, m.name);
        }
        if !note.trim().is_empty() {
            let _ = write!(c, " ({})", note.trim());
        }
        one_line(&c)
    }
}

/// The journal in ledger-cli / hledger syntax.
pub fn export_ledger(orgs: &[OrgJournal]) -> String {
    let with_org = orgs.len() > 1;
    let mut out = String::new();
    out.push_str("; Samuh book exported as a ledger-cli / hledger journal.\n");
    for j in orgs {
        let _ = writeln!(out, "; {} ({}): {}, {}", j.org.code, j.org.currency.code(), one_line(&j.org.name), one_line(&j.org.place));
    }
    let currencies: BTreeSet<&str> = orgs.iter().map(|j| j.org.currency.code()).collect();
    for c in currencies {
        let _ = writeln!(out, "\ncommodity {c}\n    format 1000.00 {c}");
    }
    for j in orgs {
        let p = Prepared::new(j, with_org);
        let by_id: HashMap<i64, &StoredVoucher> = j.vouchers.iter().map(|v| (v.id, v)).collect();
        let cur = j.org.currency.code();
        for v in &j.vouchers {
            let _ = writeln!(out, "\n{} * ({}) {}", v.date.format("%Y-%m-%d"), p.voucher_label(v), p.description(v, &by_id));
            let _ = writeln!(out, "    ; hash: {}", v.hash);
            for l in &v.lines {
                let acct = p.line_account(&l.account, l.member_id, l.loan_id);
                let _ = writeln!(out, "    {acct:<44}  {:>14} {cur}  ; {}", l.amount.to_plain(), p.line_comment(l.kind, l.member_id, &l.note));
            }
        }
    }
    out
}

/// The journal in beancount syntax: options, an `open` directive for every account used (on
/// the organisation's first voucher date), then one transaction per voucher.
pub fn export_beancount(orgs: &[OrgJournal]) -> String {
    let with_org = orgs.len() > 1;
    let mut out = String::new();
    let title = match orgs {
        [one] => format!("Samuh: {} ({})", one.org.name, one.org.code),
        _ => "Samuh book".to_string(),
    };
    let _ = writeln!(out, "option \"title\" \"{}\"", quoted(&title));
    let currencies: BTreeSet<&str> = orgs.iter().map(|j| j.org.currency.code()).collect();
    for c in &currencies {
        let _ = writeln!(out, "option \"operating_currency\" \"{c}\"");
    }
    for j in orgs {
        let p = Prepared::new(j, with_org);
        let Some(first) = j.vouchers.iter().map(|v| v.date).min() else { continue };
        let cur = j.org.currency.code();
        let _ = writeln!(out, "\n; {} {}", j.org.code, one_line(&j.org.place));
        // Every account any line uses, opened once, in name order.
        let mut used: BTreeMap<String, ()> = BTreeMap::new();
        for v in &j.vouchers {
            for l in &v.lines {
                used.insert(p.line_account(&l.account, l.member_id, l.loan_id), ());
            }
        }
        for name in used.keys() {
            let _ = writeln!(out, "{} open {name} {cur}", first.format("%Y-%m-%d"));
        }
        let by_id: HashMap<i64, &StoredVoucher> = j.vouchers.iter().map(|v| (v.id, v)).collect();
        for v in &j.vouchers {
            let tag = if v.kind == VoucherKind::Reversal { " #reversal" } else { "" };
            let _ = writeln!(out, "\n{} * \"{}\"{tag}", v.date.format("%Y-%m-%d"), quoted(&p.description(v, &by_id)));
            let _ = writeln!(out, "  voucher: \"{}\"", p.voucher_label(v));
            let _ = writeln!(out, "  samuh-hash: \"{}\"", v.hash);
            for l in &v.lines {
                let acct = p.line_account(&l.account, l.member_id, l.loan_id);
                let _ = writeln!(out, "  {acct:<44}  {:>14} {cur} ; {}", l.amount.to_plain(), p.line_comment(l.kind, l.member_id, &l.note));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_valid_components() {
        assert_eq!(camel("shg-kishanganj").as_deref(), Some("ShgKishanganj"));
        assert_eq!(camel("মেহেরপুর"), None);
        assert_eq!(account_name(Some("VfRoiet"), "member-savings", AccountType::Liability), "Liabilities:VfRoiet:Savings");
        assert_eq!(account_name(None, "accumulated-surplus", AccountType::Equity), "Equity:Surplus");
        assert_eq!(one_line("a\n  b\t;c"), "a b ;c");
        assert_eq!(quoted("say \"hi\" \\"), "say \\\"hi\\\" \\\\");
    }

    #[test]
    fn heads_are_one_to_one_within_a_root() {
        let chart = crate::domain::ledger::chart_for(crate::domain::org::OrgKind::Shg);
        let mut seen = BTreeSet::new();
        for a in chart {
            assert!(seen.insert(account_name(None, a.code, a.kind)), "two codes share {}", a.code);
        }
    }
}
