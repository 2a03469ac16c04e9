# Messages of the `samuh` command line.
cli-error = Error
cli-saved = Saved as voucher { $voucher } in { $org }.
cli-already-recorded = Already recorded as voucher { $voucher } in { $org }; nothing was saved twice.
cli-book-ready = The book { $path } is ready.
cli-demo-created = Demo organisations created in { $path }:
cli-org-added = Organisation { $org } created with its chart of accounts. Set its by-laws next (samuh policy set).
cli-member-added = Member { $member } added.
cli-member-exited = Member { $member } has left the group.
cli-policy-set = New by-laws version recorded for { $org }.
cli-rescheduled = Loan { $loan } rescheduled; the new instalment plan applies from the agreement date.
check-ok = ok
check-failed = { $count } problem(s)
check-summary = Checked { $orgs } organisation(s) and { $vouchers } voucher(s): { $findings } problem(s) found.
# The command line's words for errors whose screen wording names rows and keys (Localizer::cli_error).
cli-error-attendance-not-marked = The attendance of { $member } is not marked. Give that member's "attendance" in the meeting file: present, late, absent or absent-with-leave.
cli-error-loan-amount-required = The loan amount is missing. Give it with --amount, or as the loan's "amount" in the meeting file.
cli-error-no-meeting-on = No meeting with entries was recorded on { $date }. The minutes book (`samuh report minutes`) lists the meetings and their dates.
cli-error-invalid-choice = { $field }: “{ $value }” is not a value it takes. The command's --help says which values it takes.
# A command line that cannot be read (clap's own words are English): what to fix, in the reader's language.
cli-usage-missing = Something the command needs is missing: { $args }. `{ $help }` shows what it takes.
cli-usage-unknown = “{ $arg }” is not an option of this command. `{ $help }` lists its options.
cli-usage-value = { $arg }: “{ $value }” is not a value it takes. `{ $help }` says what it takes.
cli-usage-value-choices = { $arg }: “{ $value }” is not one of its choices. Choose one of: { $choices }.
cli-usage-command = “{ $command }” is not a command. `{ $help }` lists the commands.
cli-usage-conflict = { $arg } cannot be given together with { $other }. Keep one of them.
cli-usage-other = The command line cannot be read at { $arg }. `{ $help }` shows how it is written.
cli-usage-other-line = The command line cannot be read. `{ $help }` shows how it is written.
cli-usage-twice = { $arg } is given twice. Give it once.
cli-usage-no-command = A command is missing after “{ $command }”. Write one of these: { $commands }. `{ $help }` says what each does.
cli-usage-did-you-mean = Did you mean { $word }?
