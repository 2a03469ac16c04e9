# Issue 16: federation without a server — bundles and the oversight book.

error-bundle-not-a-bundle = “{ $path }” is not a Samuh bundle. Nothing was imported. Choose the file the group wrote with “samuh bundle write” (or “Write a bundle”).
error-bundle-truncated = The bundle “{ $path }” is cut short: the copy did not finish. Nothing was imported. Copy the file again from the group's pen drive or message and import it again.
error-bundle-altered = The bundle “{ $path }” was changed after the group signed it (even one byte). Nothing was imported. Ask the group to write a new bundle and send it again.
error-bundle-newer-version = The bundle “{ $path }” was written by a newer Samuh (bundle version { $found }; this Samuh reads up to { $supported }). Nothing was imported. Update Samuh on this computer, then import it again.
error-bundle-wrong-key = The bundle “{ $path }” says it is from { $group }, but it is signed with key { $fingerprint }, not with the key registered for { $group } ({ $registered }). Nothing was imported. Ask the group how its bundle was made; do not accept it until the keys match.
error-bundle-unknown-group = The bundle “{ $path }” is from { $group }, which is not in this book's register of groups. Nothing was imported. Compare its key fingerprint { $fingerprint } with the one on the group's paper, then import it again choosing to add groups not yet in the register (on the “Groups” screen, or `--register` on the command line).
error-bundle-older = The bundle “{ $path }” of { $group } is older than what was already imported: { $sent ->
    [one] it holds { $sent } entry
   *[other] it holds { $sent } entries
}, { $imported ->
    [one] and { $imported } is already here
   *[other] and { $imported } are already here
}. Nothing was imported. Ask the group for its latest bundle.
error-bundle-gap = The bundle “{ $path }” of { $group } holds only what came after entry { $starts }, { $imported ->
    [one] but only { $imported } entry is imported
   *[other] but only { $imported } entries are imported
}: a bundle in between is missing. Nothing was imported. Import the missing bundle first, or ask the group for a bundle of everything.
error-bundle-rewrites-history = ALARM: the bundle “{ $path }” of { $group } rewrites its history: entry { $position }{ $dated ->
    [yes] {" "}(voucher { $voucher } of { $date })
   *[no] {""}
} differs from what was imported before { $differing ->
    [one] ({ $differing } entry differs)
   *[other] ({ $differing } entries differ)
}. Nothing was imported, and the alarm is recorded. Visit the group and compare its book with the signed minutes.
error-not-an-oversight-book = { $org } does not keep a register of groups: only an organisation that oversees groups (a village organisation, a cluster federation, a cooperative office or a fund centre) imports their bundles, lends to them and rolls them up. Choose that organisation.
error-bundle-of-own-book = { $group } cannot import its own bundle into its own book. Import it in the book of its village organisation.

cli-bundle-written = Bundle { $seq } of { $org } written to { $path } ({ $scope ->
    [since] since the last bundle
   *[all] everything
}; { $vouchers ->
    [one] { $vouchers } entry)
   *[other] { $vouchers } entries)
}.
cli-bundle-fingerprint = Key fingerprint (write it on paper for the federation's officer): { $fingerprint }
cli-bundle-registered = { $group } registered with key fingerprint { $fingerprint }. Compare it with the group's paper.
cli-bundle-imported = Imported { $path } from { $group }: { $vouchers } new entries. Book code { $code }.
cli-bundle-already = { $path } from { $group } was already imported: nothing new.

finding-record-changed-federation = The federation record “{ $what }” (bundle keys, bundles written, the register of groups, imports and alarms) differs from what was recorded.

report-group-status = Status of the groups' bundles
report-portfolio = Portfolio of all groups
col-group = Group
col-bundles = Bundles
col-last-period = Last period sent
col-imported-on = Imported on
col-entries = Entries
col-alarms = Alarms
group-status-ok = Up to date
group-status-late = Late
group-status-never = Never sent
group-status-alarm = Alarm: history rewritten
note-group-status-rule = A group is late when its last bundle reports a period that ended more than { $days } days before this report's date.
note-group-status-count = { $groups ->
        [one] One group
       *[other] { $groups } groups
    }; { $late } late or never sent; { $alarms } with an alarm.
col-members-count = Members
col-recovery-rate = Recovery rate
col-par-30 = PAR 30
col-par-60 = PAR 60
col-par-90 = PAR 90
note-portfolio-rules = Figures are summed from each group's imported entries up to the report date. Recovery rate: principal repaid to date ÷ (principal repaid + principal overdue on the group's last bundle date). PAR n: outstanding of loans more than n days past due on the group's last bundle date ÷ loans outstanding.

act-bundle-write = Bundle written for the federation
act-bundle-import = Groups' bundle imported
finding-imported-chain-broken = Group { $group }, imported into this book: its entries from position { $position } differ from the signed bundles it sent (changed outside Samuh). Restore a backup, or import the group's bundle of everything into a new book and compare.
finding-imported-sums-differ = Group { $group }, imported into this book: the monthly sums its roll-ups read differ from its imported entries (changed outside Samuh). Restore a backup, or import the group's bundle of everything into a new book.
line-cif-repaid = CIF repaid to the village organisation

# The file a bundle is written to (samuh bundle write --out).
field-out = The file to write the bundle to

# The status board's annual-statement column (issue 16: the office's list of societies whose
# annual statement has not come).
col-annual-statement = Annual statement
group-annual-received = Received ({ $year })
group-annual-awaited = Awaited ({ $year }): year not closed yet
group-annual-missing = Missing ({ $year })
note-group-annual = The annual statement is that of the last fiscal year ended: received when the group's bundle carries its close of that year, missing when { $days } days have passed since the year ended without it. { $missing ->
        [one] One group's annual statement is missing.
       *[other] { $missing } groups' annual statements are missing.
    }
note-imported-loan-status = Status and instalments as the group's own book gave them on { $date }, the date of its latest bundle; amounts from its entries up to the report's date.
error-bundle-relayed-group = The bundle “{ $path }” is from { $group }, whose books come to this book inside the bundles of { $via }. Nothing was imported. Import the latest bundle of { $via } instead: it carries { $group }'s entries.
