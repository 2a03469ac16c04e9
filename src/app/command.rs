//! The steps every write command takes, written once: who is recording, for which organisation,
//! may they, has this client id already been answered, is the entry date open, then the
//! command's own checks and writes and its answer logged, all in one transaction.

use super::people::Who;
use super::{check_entry_date, command_digest, org_of, Ctx};
use crate::domain::org::Organisation;
use crate::error::{Error, Result};
use crate::store::{Book, Store};
use chrono::NaiveDate;
use serde::Serialize;

/// What a write command answers, as the command log keeps it: a replay of the same client id
/// answers the logged copy, marked as already recorded, and changes nothing.
pub(crate) trait Answer: Sized {
    fn to_log(&self) -> String;
    fn from_log(logged: &str) -> Result<Self>;
}

impl Answer for i64 {
    fn to_log(&self) -> String {
        self.to_string()
    }
    fn from_log(logged: &str) -> Result<i64> {
        logged.parse().map_err(|_| Error::Database { detail: format!("stored result {logged:?} is not an id") })
    }
}

/// Answers logged as JSON, with the flag that tells a replay from the first run.
macro_rules! json_answer {
    ($($t:ty => |$a:ident| $mark:expr;)*) => {$(
        impl Answer for $t {
            fn to_log(&self) -> String {
                serde_json::to_string(self).unwrap_or_default()
            }
            fn from_log(logged: &str) -> Result<Self> {
                let mut $a: $t = serde_json::from_str(logged).map_err(|e| Error::Database { detail: e.to_string() })?;
                $mark;
                Ok($a)
            }
        }
    )*};
}

json_answer! {
    super::Saved => |a| a.already_recorded = true;
    super::welfare::DeathSaved => |a| a.already_recorded = true;
    super::welfare::PayoutSaved => |a| a.saved.already_recorded = true;
    super::yearend::YearDone => |a| a.already_recorded = true;
    super::yearend::YearPaid => |a| a.already_recorded = true;
    super::vsla::VslaDone => |a| a.already_recorded = true;
}

/// Runs `f` once per client id: a replay (a double click, a retry after a crash) of the same
/// command with the same `input` answers what the first run answered and changes nothing; the
/// id reused for anything else is refused (`ClientIdReused`, from the log).
pub(crate) fn once<I: Serialize + ?Sized, T: Answer>(b: &Book<'_>, client_id: Option<&str>, command: &str, input: &I, now: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
    let Some(cid) = client_id else { return f() };
    let digest = command_digest(command, input);
    if let Some(logged) = b.command_result(cid, command, &digest)? {
        return T::from_log(&logged);
    }
    let answer = f()?;
    b.log_command(cid, command, &digest, &answer.to_log(), now)?;
    Ok(answer)
}

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
