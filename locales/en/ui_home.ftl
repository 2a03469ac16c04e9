# Issue 12: backup to a pen drive found by the app.
ui-pen-drives = Pen drives found — choose one to copy the backup to it:
ui-pen-drive-none = No pen drive found. Plug one in and open this page again, or type a folder below.
