# Issue 13: a new recovery code, duplicate loans in one meeting, facts added to the records chain.
encrypt-code-unseen = If this code was not shown to you, or the paper is lost, run `samuh recovery-code new` with the passphrase: it prints a new code, and the old one stops opening the book.
recovery-code-new-done = { $path } has a new recovery code. The old code no longer opens this book; the passphrase stays the same.
recovery-code-new-backups = Backups and pen-drive copies made before today still open with the old code: make a new backup now and delete the older ones.
finding-record-changed-opening = The opening balances' cut-off date ({ $date }) differs from what was recorded.
finding-record-changed-passbook-print = A passbook printing of member { $member } ({ $date }) differs from what was recorded: the next printing may start at the wrong line.
finding-record-changed-command = The retry-log entry { $id } (which save a repeated request answers) differs from what was recorded.
error-meeting-loan-twice = The same new loan of { $member } is given twice in this meeting (loan rows { $first } and { $second }). Nothing was saved. Remove one row; if the member really takes two loans at once, write a different purpose for each (for example "cow" and "seeds").
