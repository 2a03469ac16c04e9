//! The demo's welfare club (issue 15, seed 004): ชมรมเพื่อนช่วยเพื่อน of the village funds of one
//! sub-district, kept in the Roi Et book. One of its members, a borrower of the village fund
//! vf-roiet, dies; the club raises ฿50 from every member enrolled that day, collects it at its
//! meeting and as it comes, and its payout first settles her village-fund loan (both vouchers in
//! one transaction, each naming the other), the rest going to her nominee.

use crate::app::welfare as w;
use crate::app::{loan_state, member_add, members_import, org_add, Ctx, MemberInput, OrgInput};
use crate::domain::money::Money;
use crate::error::Result;
use crate::i18n::Lang;
use crate::store::Store;
use chrono::{Days, NaiveDate};

/// Members of the club: the Roi Et club has 1,235; the demo keeps 420 so the demo stays quick,
/// enough for a levy that covers a village-fund loan.
const MEMBERS: usize = 420;

fn ctx(d: NaiveDate, hh: u32) -> Ctx {
    Ctx::new(d, &format!("{}T{hh:02}:00:00+07:00", super::ymd(d)), Lang::Th)
}

/// Adds the club and its one death to the book that holds vf-roiet (built before it).
pub(super) fn build(store: &mut Store, today: NaiveDate) -> Result<()> {
    // The borrower: the vf-roiet member with the smallest running loan 70 days before today
    // that the fund's later meetings did not touch (the payout repays it on its own date).
    let died = today - Days::new(70);
    let (borrower, loan_no) = {
        let b = store.read();
        let Some(vf) = b.org_by_code("vf-roiet")? else { return Ok(()) };
        let mut best: Option<(Money, String, i64)> = None;
        for loan in b.loans(vf.id)? {
            let st = loan_state(&b, &loan, died, Money::ZERO)?;
            let untouched = loan_state(&b, &loan, today, Money::ZERO)?.paid.iter().all(|p| p.on <= died);
            if st.outstanding.is_positive() && st.loan.terms.start < died && untouched {
                let owed = st.outstanding + st.dues.interest_due;
                if best.as_ref().is_none_or(|(m, _, _)| owed < *m) {
                    best = Some((owed, b.member(loan.member_id)?.name, loan.number));
                }
            }
        }
        match best {
            Some((_, name, no)) => (name, no),
            None => return Ok(()),
        }
    };
    let formed = died - Days::new(400);
    let c = ctx(formed, 10);
    org_add(store, &c, &OrgInput {
        code: "wc-samkha".into(),
        name: "ชมรมเพื่อนช่วยเพื่อน ตำบลสามขา".into(),
        kind: "welfare-club".into(),
        country: "th".into(),
        meeting_frequency: "monthly".into(),
        formed_on: super::ymd(formed),
        place: "ตำบลสามขา อำเภอโพนทอง จังหวัดร้อยเอ็ด".into(),
        ..Default::default()
    })?;
    // Member W0001 is the borrower; the others are named after the village funds' members with
    // a house number, joined when the club was formed.
    member_add(store, &ctx(formed, 11), &MemberInput {
        org: "wc-samkha".into(),
        admission_no: "W0001".into(),
        name: borrower,
        joined_on: super::ymd(formed),
        nominee: Some("นางสาวจันทร์เพ็ญ (บุตรสาว)".into()),
        ..Default::default()
    })?;
    let mut csv = String::from("admission_no,name,role,joined_on,nominee\n");
    for i in 2..=MEMBERS {
        let name = super::VF_NAMES[i % super::VF_NAMES.len()];
        csv.push_str(&format!("W{i:04},{name} (บ้านเลขที่ {}),member,{},\n", 10 + i, super::ymd(formed)));
    }
    members_import(store, &ctx(formed, 11), "wc-samkha", &csv, false)?;
    w::welfare_rule_set(store, &ctx(formed, 12), &w::WelfareRuleInput {
        org: "wc-samkha".into(),
        from: super::ymd(formed),
        levy: Some("50".into()),
        admin_share: Some("5".into()),
        arrears_limit: Some("3".into()),
        ..Default::default()
    })?;
    // The death, the collection at the club's meeting five days later (all but the last ten
    // members), and five of those ten as they come a week after.
    w::death_record(store, &ctx(died, 9), &w::DeathInput {
        org: "wc-samkha".into(),
        member: "W0001".into(),
        date: super::ymd(died),
        nominee: None,
        client_id: Some("demo:wc-samkha:death".into()),
    })?;
    let meeting = died + Days::new(5);
    let late: Vec<String> = (MEMBERS - 9..=MEMBERS).map(|i| format!("W{i:04}")).collect();
    let first: Vec<String> = (2..MEMBERS - 9).map(|i| format!("W{i:04}")).collect();
    w::levy_collect(store, &ctx(meeting, 14), &w::LevyCollectInput {
        org: "wc-samkha".into(),
        deceased: "W0001".into(),
        date: super::ymd(meeting),
        members: first,
        all_owing: false,
        client_id: Some("demo:wc-samkha:levy-1".into()),
    })?;
    let later = meeting + Days::new(7);
    w::levy_collect(store, &ctx(later, 15), &w::LevyCollectInput {
        org: "wc-samkha".into(),
        deceased: "W0001".into(),
        date: super::ymd(later),
        members: late[..5].to_vec(),
        all_owing: false,
        client_id: Some("demo:wc-samkha:levy-2".into()),
    })?;
    // The payout, settling the village-fund loan first.
    let paid = later + Days::new(3);
    w::welfare_payout(store, &ctx(paid, 10), &w::PayoutInput {
        org: "wc-samkha".into(),
        deceased: "W0001".into(),
        date: super::ymd(paid),
        loans: vec![w::SettleInput { fund: "vf-roiet".into(), loan: loan_no.to_string(), principal: None, interest: None }],
        client_id: Some("demo:wc-samkha:payout".into()),
    })?;
    Ok(())
}
