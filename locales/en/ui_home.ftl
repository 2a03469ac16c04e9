# Issue 12: backup to a pen drive found by the app.
ui-pen-drives = Pen drives found — choose one to copy the backup to it:
ui-pen-drive-none = No pen drive found. Plug one in and open this page again, or type a folder below.
# Issue 12 (session 9): a card per organisation on the home screen, opening on the work.
ui-home-last-meeting = Last meeting
ui-home-no-meeting = No meeting yet
ui-home-cash = Cash in hand
ui-home-bank = Bank
ui-home-overdue = Loans overdue
ui-home-start-meeting = Start today's meeting
ui-home-open-groups = Open the groups
