//! Passbook print runs (migration 0002): where each member's paper passbook was last printed.

use super::Book;
use crate::store::error::Result;
use rusqlite::OptionalExtension;

/// One printing of a member's passbook: the vouchers it covered and where its last line fell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintRun {
    pub org_id: i64,
    pub member_id: i64,
    pub first_voucher_id: i64,
    pub last_voucher_id: i64,
    pub page: i64,
    pub line: i64,
    pub lines_per_page: i64,
    pub paper: String,
    pub printed_at: String,
}

impl Book<'_> {
    /// The latest print run of a member's passbook, if it was ever printed.
    pub fn last_print_run(&self, member_id: i64) -> Result<Option<PrintRun>> {
        Ok(self
            .one(
                "SELECT org_id, member_id, first_voucher_id, last_voucher_id, page, line, lines_per_page, paper, printed_at
                 FROM passbook_print WHERE member_id = ?1 ORDER BY id DESC LIMIT 1",
                [member_id],
                |r| {
                    Ok(PrintRun {
                        org_id: r.get(0)?,
                        member_id: r.get(1)?,
                        first_voucher_id: r.get(2)?,
                        last_voucher_id: r.get(3)?,
                        page: r.get(4)?,
                        line: r.get(5)?,
                        lines_per_page: r.get(6)?,
                        paper: r.get(7)?,
                        printed_at: r.get(8)?,
                    })
                },
            )
            .optional()?)
    }

    pub fn insert_print_run(&self, p: &PrintRun) -> Result<()> {
        self.run(
            "INSERT INTO passbook_print(org_id, member_id, first_voucher_id, last_voucher_id, page, line, lines_per_page, paper, printed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            rusqlite::params![p.org_id, p.member_id, p.first_voucher_id, p.last_voucher_id, p.page, p.line, p.lines_per_page, p.paper, p.printed_at],
        )?;
        self.chain_record(super::chain::RecordKind::PassbookPrint, self.c.last_insert_rowid())
    }
}
