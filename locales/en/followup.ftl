# Issue 15 (follow-up): a receipt for every payer, the debt acknowledgement of a reschedule, and
# the follow-up of borrowers who fell behind.

error-nothing-paid = No member paid anything in voucher { $voucher }, so there is no receipt to print. Choose the meeting or the voucher in which the member paid.

receipt-title = Receipt
receipt-date = Date: { $date }
receipt-voucher = Voucher: { $voucher }
receipt-item-saving = Savings
receipt-item-share-purchase = Shares
receipt-item-principal = Loan { $loan }: principal
receipt-item-interest = Loan { $loan }: interest
receipt-item-loan-fine = Loan { $loan }: late fine
receipt-item-attendance-fine = Fine
receipt-item-membership-fee = Membership fee
receipt-item-other = Other payment
receipt-total = Total paid
receipt-in-words = In words: { $words }
receipt-after = After this payment:
receipt-savings-after = Savings balance
receipt-loan-after = Loan { $loan } still owed
receipt-fines-owed = Fines still owed
receipt-book-code = Book code { $code }
receipt-received-by = Received by (treasurer)
