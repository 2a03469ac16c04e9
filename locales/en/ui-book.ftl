# Opening or creating a book: the file pickers, the passphrase of an encrypted book, the recovery
# code shown once, the forgotten-passphrase flow, the book's protection in Settings, and the full
# check of the book that runs in the background after opening.
ui-book-choose = Choose a book…
ui-book-new-choose = New book…
ui-book-typed = Or type the file's full path
ui-book-recent = Recent books
ui-book-file-filter = Samuh book
ui-book-protect = Protect with a passphrase
ui-passphrase = Passphrase
ui-passphrase-repeat = Passphrase again
ui-passphrase-rule = At least { $min } characters, for example four words you will remember. Without it, or the recovery code, nobody can open the book, not even you.
ui-book-opening = Opening the book and checking it…
ui-unlock-title = This book is locked with a passphrase
ui-unlock-button = Open
ui-forgot-passphrase = Forgot the passphrase?
ui-recover-title = Open with the recovery code
ui-recover-hint = Type the recovery code from the paper (30 letters and digits in 6 groups of 5), then choose a new passphrase. The recovery code stays the same.
ui-recovery-code = Recovery code
ui-passphrase-new = New passphrase
ui-passphrase-new-repeat = New passphrase again
ui-recover-button = Open and set the new passphrase
ui-cancel = Cancel
ui-recovery-title = Write down the recovery code
ui-recovery-explain = This code opens the book if the passphrase is ever lost. It is shown only now and is not kept anywhere: write it on paper, check it letter by letter, and keep the paper away from the laptop.
ui-recovery-written = I have written it on paper and checked it
ui-recovery-print = Print the code
ui-recovery-continue = Continue
ui-book-check-title = Full check of the book
ui-book-check-pages = Checking every page of the book file
ui-book-check-vouchers = Verifying entries: { $done } of { $total }
ui-book-check-ok = Full check finished: all { $vouchers } entries verified. The file is sound and the chain is intact.
ui-book-check-problems = The full check found { $count ->
        [one] one problem
       *[other] { $count } problems
    }. Record nothing more: compare the book codes with the signed minutes and restore a backup on the Safety screen.
ui-book-check-failed = The full check could not finish: { $error }
ui-security = Book protection
ui-security-encrypted = This book is encrypted. Its key file, which must always stay beside it:
ui-security-plain = This book is not encrypted: anyone who gets the file can read it.
ui-passphrase-current = Current passphrase
ui-passphrase-change = Change the passphrase
ui-encrypt-book = Encrypt this book
ui-encrypt-hint = An encrypted copy replaces this book file, and a new recovery code is shown once. Backups made before stay unencrypted: delete them once a new backup exists.
