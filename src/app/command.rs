//! The steps every write command takes, written once: who is recording, for which organisation,
//! may they, has this client id already been answered, is the entry date open, then the
//! command's own checks and writes and its answer logged, all in one transaction.

use super::people::Who;
use super::saved::{once, Answer};
use super::{check_entry_date, org_of, Ctx};
use crate::domain::org::Organisation;
use crate::error::Result;
use crate::store::{Book, Store};
use chrono::NaiveDate;
use serde::Serialize;

/// A write command as the steps need it: its name in the command log, the organisation's code,
/// the client id, the entry date to check (None when the command checks its own), its input.
pub(crate) struct Write<'a, I: ?Sized> {
    pub name: &'static str,
    pub org: &'a str,
    pub client_id: Option<&'a str>,
    pub date: Option<NaiveDate>,
    pub input: &'a I,
}

/// The steps in their order (the order decides which error a bad input gets): identify the
/// person, then in one transaction the organisation, the person's permission, a replay, the
/// entry date, and `body`; its answer is logged under the client id.
pub(crate) fn write_command<I: Serialize + ?Sized, T: Answer>(store: &mut Store, ctx: &Ctx, w: Write<'_, I>, body: impl FnOnce(&Book<'_>, &Organisation, &Who) -> Result<T>) -> Result<T> {
    let who = super::people::identify(store, ctx)?;
    store.write(|b| {
        let org = org_of(b, w.org.trim())?;
        who.may_record(Some(&org))?;
        once(b, w.client_id, w.name, w.input, &ctx.now, || {
            if let Some(on) = w.date {
                check_entry_date(b, &org, on, ctx.today)?;
            }
            body(b, &org, &who)
        })
    })
}
