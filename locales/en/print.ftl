# Printing: passbook PDF, audit sheet (XLSX, PDF, CSV), and the auditor's reports.

report-panchsutra = Panchsutra indicators
report-reversals = Reversals and their reasons
report-audit-cover = Audit sheet
col-indicator = Indicator
col-actual = Achieved
col-expected = Expected
col-percent = Percent
col-rule = Rule
col-reverses = Reverses voucher
col-original-date = Original date
col-reason = Reason
col-value = Value
ind-meetings-held = Meetings held
ind-attendance = Attendance
ind-saving-regularly = Members saving regularly
ind-repaid-on-time = Loans repaid on time
ind-books-up-to-date = Books up to date
rule-meetings-held = At least { $percent }% of the meetings the by-laws' frequency expects are held
rule-attendance = At least { $percent }% of members present or late at the meetings held
rule-saving-regularly = At least { $percent }% of members saved at { $percent }% or more of their meetings
rule-repaid-on-time = At least { $percent }% of running loans have nothing overdue
rule-books-up-to-date = Every meeting is in the journal and the last entry is at most { $days } days old
status-met = Met
status-not-met = Not met
note-last-entry = Last entry in the journal: { $date }.
cover-organisation = Organisation
cover-period = Period
cover-prepared-by = Prepared by
cover-generated-at = Generated at
cover-generated-when = { $date }, { $time }
cover-vouchers = Vouchers in the journal
cover-chain-head = Hash of the last voucher
cover-journal-hash = Content hash of the journal
note-journal-hash = The content hash is SHA-256 over the hashes of all the organisation's vouchers in chain order; "samuh check" recomputes every voucher hash.
print-page = Page { $page } of { $pages }
print-member = Member { $no }: { $name }
print-joined = Joined { $date }
print-nominee = Nominee: { $name }
print-savings-in-words = Savings balance in words: { $words }
print-loan-in-words = Loan balance in words: { $words }
print-shares-in-words = Shares: paid { $paid }, returned { $returned }; paid-up share capital { $capital } (in words: { $words }).
print-signature-member = Member's signature
print-signature-treasurer = Treasurer's signature
print-signature-date = Date
cli-written = Written: { $path }
error-nothing-to-print = Nothing new to print in the passbook of { $member }. To print again, choose a line to reprint from, or print it all.
error-file-unwritable = Cannot write { $path }: { $reason ->
    [not-found] the folder is not there. Check that the pen drive is connected, or choose a folder that exists.
    [permission] this computer's user may not write there. Choose your own folder or a pen drive.
    [disk-full] the disk is full. Free some space, or choose another disk or pen drive.
    [read-only] the disk or pen drive is write-protected. Remove the protection, or choose another place.
   *[other] { $detail }. Choose another place to save it.
}
