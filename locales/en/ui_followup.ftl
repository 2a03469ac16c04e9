# Issue 15 (follow-up): the follow-up screen — receipts, debt acknowledgements, visits.
ui-nav-followup = Follow-up
ui-receipts-title = Receipts for the members who paid
ui-receipts-hint = Each member who paid at the meeting gets a receipt: what she paid, the loan's split, her balances after. Copy the text into a message, or print on the thermal roll or on A6 cards.
ui-receipts-date = Meeting date
ui-receipts-paper = Paper
ui-receipts-paper-58 = Thermal roll 58 mm
ui-receipts-paper-80 = Thermal roll 80 mm
ui-receipts-paper-a6 = A6 cards
ui-receipts-show = Show receipts
ui-receipts-print = Print receipts
ui-receipts-copy = Copy text
ui-receipts-voucher = Voucher
ui-receipts-printed = Receipts sent to the printer:
ui-meeting-receipts = Receipts for payers
