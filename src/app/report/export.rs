//! `samuh export journal`: the whole book (or one organisation) as a ledger-cli / hledger or
//! beancount journal, so that independent tools can re-add every voucher and agree with us.

use crate::app::org_of;
use crate::error::Result;
use crate::render::journal::{export_beancount, export_ledger, OrgJournal};
use crate::store::Store;

pub use crate::render::journal::JournalFormat;

/// The journal of one organisation (`org` given) or of every organisation in the book. With
/// more than one organisation each account name carries the organisation as its second
/// component (`Assets:ShgKishanganj:Cash`); see `render::journal`.
pub fn export_journal(store: &Store, org: Option<&str>, format: JournalFormat) -> Result<String> {
    let b = store.read();
    let orgs = match org {
        Some(code) => vec![org_of(&b, code)?],
        None => b.orgs()?,
    };
    let mut data = Vec::with_capacity(orgs.len());
    for o in orgs {
        data.push(OrgJournal {
            accounts: b.accounts(o.id)?.into_iter().map(|(_, code, kind, _)| (code, kind)).collect(),
            members: b.members(o.id)?,
            loans: b.loans(o.id)?,
            meetings: b.meetings(o.id)?,
            vouchers: b.vouchers(o.id, None, None)?,
            org: o,
        });
    }
    Ok(match format {
        JournalFormat::Ledger => export_ledger(&data),
        JournalFormat::Beancount => export_beancount(&data),
    })
}
