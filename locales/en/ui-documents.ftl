# Documents (issue 12): the Reports screen's answer to "did it print correctly?".

ui-passbook-printed-yes = Yes, it printed correctly
ui-passbook-printed-no = No, print again later
ui-passbook-print-not-taken = Nothing was marked as printed. Print again when the printer is ready.
