# Issue 16 (session 10): the consolidated statements of an oversight book.
report-consolidated-receipts-payments = Consolidated receipts and payments (this body and its groups)
report-consolidated-income-expenditure = Consolidated income and expenditure (this body and its groups)
report-consolidated-balance-sheet = Consolidated balance sheet (this body and its groups)
col-groups = Groups
col-own = This body
col-eliminated = Between them (eliminated)
col-consolidated = Consolidated
row-intergroup-unmatched = Between this body and its groups, not matched (a bundle not yet sent or differing)
note-consolidated = { $groups ->
    [one] One group's imported books and this body's own are added head by head;
   *[other] { $groups } groups' imported books and this body's own are added head by head;
} what passes between them (CIF lent, repaid and its interest: { $eliminated } in this body's books) is taken out, so that nothing is counted twice.
note-consolidated-other-currency = Not consolidated, kept in another currency: { $groups }.
note-consolidated-behind = { $group }: figures as of its latest bundle, { $date }.
error-group-not-registered = { $group } is not a group in the register of { $org }. Choose a group from its status board, or import the group's first bundle to register it.
note-consolidated-relayed = { $groups ->
    [one] One of these groups came relayed in the bundle of the body it belongs to
   *[other] { $groups } of these groups came relayed in the bundles of the bodies they belong to
}; what passes between each such body and its own groups is taken out too ({ $eliminated } in their books).
section-relayed-groups = Groups relayed by the village organisations
section-relayed-by = The groups { $group } relays
section-relayed-by-currency = The groups { $group } relays, keeping their books in { $currency }
col-relayed-by = Relayed by
note-relayed-groups = { $groups ->
    [one] One group's books come here
   *[other] { $groups } groups' books come here
} inside the bundles of the village organisation each belongs to; they are in the consolidated statements, and their registers open here read-only.
