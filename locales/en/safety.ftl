# Samuh — book safety: self-check, book codes, backups and restore (English, the source locale).

error-invalid-book-code = “{ $input }” is not a book code. A book code has 8 letters and digits, written like 7K2M-9QXD; copy it again from the signed minutes or the passbook.
error-backup-failed = The backup could not be written to { $path }: { $reason ->
    [not-found] the folder is not there. Check that the pen drive or folder is connected.
    [permission] this computer's user may not write there. Choose another folder.
    [disk-full] the disk or pen drive is full. Free some space or use another pen drive.
    [read-only] the disk or pen drive is write-protected. Remove the protection or choose another folder.
    [damaged] the copy did not pass its check. Try again, or use another pen drive.
   *[other] the computer reported a problem ({ $detail }). Check that the folder or pen drive is connected and has free space.
} The book itself is unchanged.
error-backup-fails-check = The backup { $path } fails { $count ->
        [one] one check
       *[other] { $count } checks
    } and cannot be restored. Choose an older backup.
error-restore-target-exists = { $path } already exists. A backup is always restored as a new book: choose a new file name.
error-loan-has-repayments = Loan { $loan } already has repayments recorded. Reverse those repayments first, then the loan.
error-reversal-negative-savings = Reversing this entry would leave { $member } with savings { $shortfall } below zero, because part of it has been withdrawn since. Reverse the withdrawal first.

warning-removable-or-network = The book { $path } is on a network or removable drive. If the drive is pulled out or the network drops while saving, work can be lost: keep the book on this computer and use “Copy to pen drive” for copies.

check-schema = The book's safety rules are all in place
finding-trigger-missing = The safety rule { $trigger } has been removed or changed outside Samuh.
finding-dangling-reference = A row of { $table } refers to something that no longer exists (row { $row }).
finding-quick-check = The book file is damaged: { $detail }
finding-trial-balance = Debits and credits differ by { $difference } across the whole book.
finding-checkpoint-mismatch = The journal no longer matches the one verified on { $date }: entries from before that check were changed or re-hashed outside Samuh.
self-check-ok = The book opened and checked out: { $vouchers ->
    [one] { $vouchers } entry
   *[other] { $vouchers } entries
}, chain intact.
self-check-failed = The book opened, but { $count ->
        [one] one problem was found
       *[other] { $count } problems were found
    }. Run the full check and restore a backup if needed.

book-code-line = Book code: { $code }
book-code-matches-head = The book matches code { $code }: it is the code of the latest entry, voucher { $voucher } of { $date }. Nothing has been changed since.
book-code-matches = The book matches code { $code }: it was printed for voucher { $voucher } of { $date }, and { $later } entries have been added after it. Nothing before them has been changed.
book-code-matches-empty = Code { $code } is the code of the empty book of { $org }, before any entry.
book-code-not-found = Code { $code } matches no entry in the book of { $org }. Either the code was copied wrongly, or the book was changed after the code was printed.
book-code-chain-broken = The book of { $org } has been changed after saving, starting at voucher { $voucher }. Do not trust it: restore a backup and compare.

backup-written = Backup saved as { $path }.
backup-unchanged = Nothing has changed since the last backup; no new backup was made.
backup-removed = Old backup removed: { $path }
restore-current = This book
restore-backup = Backup
restore-last-meeting = Last meeting
restore-vouchers = Entries
restore-cash = Cash in hand
restore-bank = Bank
restore-savings = Total savings
restore-loans = Loans outstanding
restore-same = The backup holds exactly what this book holds.
restore-differs = The backup differs from this book. Restoring makes a new book; this book is not changed.
restore-question = Restore the backup as a new book at { $path }?
restore-done = The backup was restored as a new book: { $path }.
error-disk-full = The disk is full, so this was not saved. Free some space (delete files you do not need, or move them to a pen drive), then save again.
error-storage-failed = The disk reported an error while the book was being read or written. The last save may or may not have gone through: open the book again and look. Saving again is safe; a save that went through is never recorded twice. If this keeps happening the disk may be failing: copy the latest backup to a pen drive.

# Encryption at rest
error-book-encrypted = { $path } is encrypted. Enter the book's passphrase to open it (or its recovery code if the passphrase is lost).
error-wrong-passphrase = That passphrase does not open { $path }. Nothing was changed. Check the spelling and the keyboard language and try again; if the passphrase is lost, open the book with its recovery code.
error-wrong-recovery-code = That recovery code does not belong to { $path }. Nothing was changed. Use the code printed when this book was encrypted.
error-recovery-code-mistyped = That is not a recovery code: a code has 30 letters and digits in 6 groups of 5, and one of them is mistyped. Read it again from the paper and retype it.
error-key-file-missing = { $path } is encrypted, but its key file { $envelope } is missing. Copy the .key file that belongs to this book (or to any of its backups) next to it, with the same name plus .key, and open the book again.
error-passphrase-too-short = The passphrase is too short: use at least { $min } characters, for example four words that you will remember.
encrypt-recovery-code = Recovery code — write it on paper and keep it away from the laptop. It opens this book if the passphrase is lost:
encrypt-done = The book { $path } is encrypted. Its key file is { $envelope }: it always travels with the book and its backups.
passphrase-changed = The passphrase of { $path } is changed. The recovery code stays the same.
passphrase-prompt = Passphrase:
passphrase-new-prompt = New passphrase:
passphrase-repeat-prompt = Repeat the new passphrase:
error-passphrase-mismatch = The two passphrases differ. Nothing was changed; try again.
error-book-not-encrypted = { $path } is not encrypted, so it has no passphrase. Encrypt the book first if it should have one.
error-key-file-damaged = The key file { $path } is damaged, so the book cannot be unlocked with it. Every backup and pen-drive copy has a key file beside it (its name ends in .key): put an undamaged copy in its place, then open the book again.
