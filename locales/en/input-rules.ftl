# Input rules (docs/input-rules.md): what typed numbers, names and files may hold, and what each
# refusal tells the reader to fix.

error-mixed-digits = { $field }: “{ $input }” mixes digits of two scripts. Type every digit of a number in one script, for example 1250 or १२५०, not both.
error-unsupported-digits = { $field }: “{ $input }” has digits this program does not read (full-width digits or another script's). Type the number with 0–9, or with Hindi, Bengali or Thai digits.
error-plus-sign = { $field }: “{ $input }” starts with a plus sign. Type the number without the + sign.
error-count-below-one = { $field } must be 1 or more, not “{ $input }”. Type how many, for example 12.
error-cap-not-positive = { $field }: “{ $input }” would let no loan through at all. Type a limit above zero, or leave the field empty (or type “none”) for no limit.
error-control-character = { $field } holds an invisible control character (character { $position }). Type the text again without it; copying from another program can bring such characters in.
error-bidi-character = { $field } holds an invisible character that changes the direction of the text, so the name could show as something else than what is saved. Type the text again without it.
error-text-too-long = { $field } is too long: at most { $max } characters. Shorten it.
error-opening-member-twice = { $member } is named twice in the opening savings (rows { $first } and { $second }). Keep one row with the member's whole savings.
error-opening-loan-twice = The same loan of { $member } is given twice in the opening loans (rows { $first } and { $second }). Remove one row; two loans of one member must differ in amount, terms or purpose.
error-csv-unclosed-quote = Line { $line }: a quotation mark (") opens a cell and is never closed. Add the closing quotation mark or remove the opening one; this row was not imported.
error-input-file-malformed = { $path } is not a { $kind ->
        [meeting] meeting
        [opening] opening balances
       *[other] member list
    } file: line { $line }, column { $column }: { $reason ->
        [eof] the file ends too soon; a closing bracket or quotation mark is missing.
        [unknown-field] “{ $key }” is not a name this file may use; check its spelling.
        [missing-field] “{ $key }” is required and missing.
        [duplicate-field] “{ $key }” is given twice.
        [type] a value of the wrong kind; amounts and dates are written in quotation marks, lists in [ ].
        [encoding] this is not text saved as UTF-8; save the file again as UTF-8.
        [empty] the file is empty.
       *[other] the punctuation is wrong here (a comma, colon, quotation mark or bracket).
    } Correct the file and run the command again.

cli-meeting-saved-no-money = Meeting of { $date } saved in { $org }: attendance and minutes; no money moved, so there is no voucher.
cli-meeting-already-recorded-no-money = The meeting of { $date } is already recorded in { $org } (attendance and minutes; no money moved); nothing was saved twice.

report-passbook-name = Passbook

field-allocation-order = Order a repayment is applied in
field-command = Command
field-fiscal-start = Start of the financial year
field-folder = Folder
field-from = From
field-to = To
field-meeting = Meeting
field-now = Time now
field-rate-period = Rate period
field-voucher = Voucher
field-grace = Grace periods
field-loan-cap-multiple = Loan limit as a multiple of savings
field-place = Place
field-purpose = Purpose of the loan
field-minutes = Minutes
field-note = Note
field-agreement = Agreement
