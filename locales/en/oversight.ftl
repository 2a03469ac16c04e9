# Session 9 (issue 16): the oversight screen of a village organisation, cluster federation,
# cooperative office or fund centre, and "send to the federation" on a group's book.

ui-nav-groups = Groups
ui-nav-send = Send to federation
ui-oversight-title = Groups and their bundles
ui-oversight-board = Status board: which groups sent their book, which are late, which raised an alarm
ui-oversight-refresh = Refresh the board
ui-oversight-import-title = Import bundles
ui-oversight-folder = Folder or pen drive
ui-oversight-folder-hint = The folder where the groups' bundles are (files ending in .bundle): a pen drive, a shared folder, or where a messaging app saved them.
ui-oversight-pen-drives = Pen drives found — choose one to read the bundles on it:
ui-oversight-find = Find bundles
ui-oversight-none-found = No bundle (a file ending in .bundle) in this folder. Check the folder, or copy the groups' bundles into it.
ui-oversight-register = Add groups not yet in the register (first compare each key fingerprint with the one on the group's paper)
ui-oversight-import = Import
ui-oversight-waiting = Waiting
ui-oversight-importing = Importing…
ui-oversight-rollups-title = Roll-up reports of all groups
ui-oversight-rollup = Report
ui-oversight-show = Show
ui-oversight-export = Save or print it (Reports screen)
ui-send-title = Send the book to the federation
ui-send-hint = Writes one signed file (a bundle) holding this group's book, for its village organisation or federation. Carry it on a pen drive or send it by a messaging app.
ui-send-hint-relay = Writes one signed file (a bundle) holding this organisation's book and the books of the groups it has imported, for its cluster-level federation. Carry it on a pen drive or send it by a messaging app.
ui-send-file = File
ui-send-since-last = Only what was recorded since the last bundle
ui-send-no-names = Leave members' names out
ui-send-write = Write the bundle

oversight-imported = { $group }: { $entries ->
    [one] { $entries } new entry
   *[other] { $entries } new entries
} imported, up to { $date }. Book code { $code }.
oversight-already = { $group }: this bundle was imported already; nothing new.
oversight-registered = { $group } is now in the register with key fingerprint { $fingerprint }. Compare it with the fingerprint on the group's paper.
oversight-written = Bundle { $seq } written to { $path }: { $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
}, up to { $date }. Book code { $code }: write it in the minutes.
oversight-written-key = Key fingerprint, to write on paper for the officer: { $fingerprint }
oversight-relayed = { $group } also relayed { $groups ->
    [one] one group
   *[other] { $groups } groups
} with something new; they are consolidated under it.
oversight-written-relayed = It carries the books of { $groups ->
    [one] one group
   *[other] { $groups } groups
} this body imported, for the federation above it.
