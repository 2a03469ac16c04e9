//! Loan arithmetic: schedules for every interest method, dues and arrears as of a date, and the
//! allocation of a repayment. (Being written.)
