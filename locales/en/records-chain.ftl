# Samuh — the chain of the book's records: what `samuh check` says when a recorded fact beside the journal was changed outside Samuh.

check-records = Every recorded fact is as it was saved
finding-record-changed-organisation = Organisation { $org }: its details differ from what was recorded.
finding-record-changed-account = Account { $account }: its type differs from what was recorded.
finding-record-changed-member = Member { $member }: number, role or dates differ from what was recorded.
finding-record-changed-exit = Member { $member }: the exit date differs from what was recorded.
finding-record-changed-by-law = The by-laws in force from { $date } differ from what was recorded.
finding-record-changed-meeting = The meeting of { $date }: its number, date, place or cash count differ from what was recorded.
finding-record-changed-attendance = Attendance of the meeting of { $date } differs from what was recorded.
finding-record-changed-minutes = The minutes of the meeting of { $date } differ from what was recorded.
finding-record-changed-loan = Loan { $loan }: terms differ from what was recorded.
finding-record-changed-guarantors = Loan { $loan }: its guarantors differ from what was recorded.
finding-record-changed-reschedule = Loan { $loan }: the rescheduling from { $date } differs from what was recorded.
finding-record-changed-person = { $person }, who keeps the book: role or enrolment differ from what was recorded.
finding-record-changed-pin = A PIN of { $person } differs from what was recorded.
finding-record-changed-act = Entry { $number } of the record of who did what ({ $date }) differs from what was recorded.
finding-record-unrecorded = { $kind ->
    [organisation] Organisation { $org }
    [account] Account { $account }
    [member] Member { $member }
    [exit] The exit of member { $member }
    [by-law] The by-laws from { $date }
    [by-law-rule] The by-laws from { $date }
    [meeting] The meeting of { $date }
    [attendance] Attendance of the meeting of { $date }
    [minutes] The minutes of the meeting of { $date }
    [agenda] The agenda of the meeting of { $date }
    [loan] Loan { $loan }
    [guarantors] The guarantors of loan { $loan }
    [reschedule] The rescheduling of loan { $loan } from { $date }
    [reschedule-rule] The committee's decision on the arrears of loan { $loan } rescheduled from { $date }
    [visit] The follow-up visit about loan { $loan } on { $date }
    [followup-meeting] The follow-up meeting of { $date }
    [household] The household number of member { $member } recorded on { $date }
    [household-target] Household { $household }, followed since { $date }
    [person] The person { $person }
    [pin] A PIN of { $person }
    [opening] The opening balances' cut-off date ({ $date })
    [passbook-print] A passbook printing of member { $member } ({ $date })
    [command] The retry-log entry { $id }
    [share-price] The share price from { $date }
    [year-close] The close of the year { $year }
    [year-reopen] The reopening of the year { $year }
    [year-audit] The audit of the year { $year }
    [year-snapshot] The statements kept at the close of the year { $year }
    [vsla-cycle] VSLA cycle { $cycle }
    [vsla-share-out] The share-out of VSLA cycle { $cycle }
    [federation] The federation record “{ $what }”
    [welfare] The welfare record “{ $what }”
   *[act] Entry { $number } of the record of who did what ({ $date })
} was never saved by Samuh: it was added outside Samuh. Restore a backup and compare.
finding-record-deleted = { $kind ->
    [organisation] Organisation { $org }
    [account] Account { $account }
    [member] Member { $member }
    [exit] The exit of member { $member }
    [by-law] The by-laws from { $date }
    [by-law-rule] The by-laws from { $date }
    [meeting] The meeting of { $date }
    [attendance] Attendance of the meeting of { $date }
    [minutes] The minutes of the meeting of { $date }
    [agenda] The agenda of the meeting of { $date }
    [loan] Loan { $loan }
    [guarantors] The guarantors of loan { $loan }
    [reschedule] The rescheduling of loan { $loan } from { $date }
    [reschedule-rule] The committee's decision on the arrears of loan { $loan } rescheduled from { $date }
    [visit] The follow-up visit about loan { $loan } on { $date }
    [followup-meeting] The follow-up meeting of { $date }
    [household] The household number of member { $member } recorded on { $date }
    [household-target] Household { $household }, followed since { $date }
    [person] The person { $person }
    [pin] A PIN of { $person }
    [opening] The opening balances' cut-off date ({ $date })
    [passbook-print] A passbook printing of member { $member } ({ $date })
    [command] The retry-log entry { $id }
    [share-price] The share price from { $date }
    [year-close] The close of the year { $year }
    [year-reopen] The reopening of the year { $year }
    [year-audit] The audit of the year { $year }
    [year-snapshot] The statements kept at the close of the year { $year }
    [vsla-cycle] VSLA cycle { $cycle }
    [vsla-share-out] The share-out of VSLA cycle { $cycle }
    [federation] The federation record “{ $what }”
    [welfare] The welfare record “{ $what }”
   *[act] Entry { $number } of the record of who did what ({ $date })
} was removed outside Samuh. Restore a backup and compare.
finding-record-chain-broken = The hashes that protect the book's records (members, by-laws, meetings, loans, people, approvals) were altered outside Samuh. Restore a backup and compare.
book-code-records-changed = The entries of { $org } are intact, but its records (members' numbers and dates, by-laws, meetings, attendance, loans, people or approvals) no longer match what was saved. Do not trust the book: run the full check to see what changed, then restore a backup and compare.
