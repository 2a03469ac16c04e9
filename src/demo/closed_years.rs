//! The demo's closed years (issue 14): the cooperative of Meherpur and the village fund of Roi Et
//! have each closed the fiscal year that ended before the demo's current one, through the same
//! command a bookkeeper uses (`app::year_close`), a month after the year's end, as a general
//! meeting would: the Bangladesh co-operative's statutory appropriation (reserve, CDF, audit
//! fee, dividends on savings from what s.34 leaves), the village fund's template totalling 100 %.
//! A year with a deficit simply has nothing to share out; the close still carries the year's
//! income and expenditure to the surplus. Built last, after every other part of the demo, so
//! nothing the demo writes later falls inside a closed year. The village fund's year was audited
//! first by a peer auditor from a neighbouring fund (seed 004's network), who signed it off with
//! the bank statement and her remarks; the close records her.

use crate::app::{year_audit, year_close, year_dividend_pay, Ctx, YearAuditInput, YearInput, YearPayInput};

use crate::error::Error;
use crate::domain::org::FiscalYear;
use crate::error::Result;
use crate::i18n::Lang;
use crate::store::Store;
use chrono::{Days, NaiveDate};

/// The village fund's appropriation: reserve 20, dividend on savings 40, average return on
/// interest paid 15, welfare 10, committee 10, public benefit 5 (= 100).
const VF_TEMPLATE: &str = "reserve=20,dividend=40,average-return=15,welfare=10,committee=10,public-benefit=5";

pub(super) fn build(store: &mut Store, today: NaiveDate) -> Result<()> {
    close(store, today, "coop-meherpur", Lang::Bn, YearInput { credit_to: Some("savings".into()), ..Default::default() }, None)?;
    let peer = PeerAudit {
        auditor: "นางสมพร ศรีสุข",
        from: "กองทุนหมู่บ้านบ้านโนนสวรรค์",
        remarks: &[("cash", "ที่ประชุมไม่เคยนับเงินสด ให้นับทุกครั้ง; ผู้ตรวจนับเงินในตู้ร่วมกับเหรัญญิกแล้ว ตรงกับสมุดเงินสด"), ("bank", "ตรงกับใบแจ้งยอดธนาคาร"), ("savings", "สุ่มตรวจสมุดคู่ฝาก 5 เล่ม ตรงกับทะเบียน")],
    };
    close(store, today, "vf-roiet", Lang::Th, YearInput { template: Some(VF_TEMPLATE.into()), credit_to: Some("savings".into()), ..Default::default() }, Some(peer))?;
    Ok(())
}

/// Closes the last fiscal year of `code` that ended before `today`, when the organisation kept
/// its books in Samuh during it, on the day of its general meeting: 30 days after the year's end
/// (or yesterday, if that is sooner).
/// A peer auditor from another fund who signs off the year before its close.
struct PeerAudit {
    auditor: &'static str,
    from: &'static str,
    remarks: &'static [(&'static str, &'static str)],
}

fn close(store: &mut Store, today: NaiveDate, code: &str, lang: Lang, input: YearInput, peer: Option<PeerAudit>) -> Result<()> {
    let Some(org) = store.read().org_by_code(code)? else { return Ok(()) };
    let current = org.fiscal_year(today);
    let last = FiscalYear { start_year: current.start_year - 1, ..current };
    let first_entry = store.read().vouchers(org.id, None, Some(last.end()))?.first().map(|v| v.date);
    if first_entry.is_none() {
        return Ok(());
    }
    let day = (last.end() + Days::new(30)).min(today - Days::new(1));
    let zone = if lang == Lang::Th { "+07:00" } else { "+06:00" };
    if let Some(p) = peer {
        // A week before the general meeting (never on or before the year's last day); the bank
        // statement agrees with the bank book on the year's last day.
        let on = (day - Days::new(7)).max(last.end() + Days::new(1));
        let bank = store.read().account_balance(org.id, crate::domain::ledger::code::BANK, None, None, Some(last.end()))?;
        let ctx = Ctx::new(day, &format!("{}T10:00:00{zone}", super::ymd(day)), lang);
        let i = YearAuditInput {
            org: code.into(),
            year: last.start_year.to_string(),
            auditor: p.auditor.into(),
            peer_from: Some(p.from.into()),
            date: Some(super::ymd(on)),
            bank_statement: Some(bank.to_plain()),
            remarks: p.remarks.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            client_id: Some(format!("demo:{code}:audit:{}", last.start_year)),
        };
        year_audit(store, &ctx, &i)?;
    }
    let ctx = Ctx::new(day, &format!("{}T17:00:00{}", super::ymd(day), if lang == Lang::Th { "+07:00" } else { "+06:00" }), lang);
    year_close(store, &ctx, &YearInput { org: code.into(), year: last.start_year.to_string(), client_id: Some(format!("demo:{code}:close:{}", last.start_year)), ..input })?;
    // A member who left before the general meeting is owed her dividend in cash (the close keeps
    // it as payable): she collects it on the day before the demo's today, after every meeting
    // the demo has recorded (a payment dated back among them would spoil their cash counts).
    let paid_on = today - Days::new(1);
    let pay = YearPayInput { org: code.into(), year: last.start_year.to_string(), date: super::ymd(paid_on), client_id: Some(format!("demo:{code}:pay:{}", last.start_year)), ..Default::default() };
    let ctx = Ctx::new(paid_on, &format!("{}T16:00:00{}", super::ymd(paid_on), if lang == Lang::Th { "+07:00" } else { "+06:00" }), lang);
    match year_dividend_pay(store, &ctx, &pay) {
        Ok(_) | Err(Error::NoDividendPayable { .. }) => Ok(()),
        Err(e) => Err(e),
    }
}
