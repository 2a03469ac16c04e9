//! Pure bookkeeping: money, organisations, by-laws, loans, the double-entry ledger.
//! No rusqlite, no serde, no file or network IO, no clock (today is always a parameter).

pub mod federation;
pub mod grading; // issue 16 (session 8): Panchsutra and A/B/C grading
pub mod ledger;
pub mod loan;
pub mod money;
pub mod org;
pub mod policy;
pub mod posting;
pub mod refusal;
pub mod schedule;
pub mod vsla;
pub mod yearend;
pub mod welfare; // issue 15: welfare
