# Issue 16 (session 10): a group's own books, opened from the oversight screen.
ui-drill-title = A group's own books (read-only)
ui-drill-hint = The registers as the group's own book prints them, from the bundles it sent. Click a group's code on the board or in a roll-up, or choose it here.
ui-drill-group = Group
ui-drill-register = Register
ui-drill-back = Back to the roll-ups
