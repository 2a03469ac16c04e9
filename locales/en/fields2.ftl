# Names of the fields that the welfare club, the VSLA cycle, receipts and follow-up visits
# (issues 14 and 15) name in their messages.
field-admin-share = Admin share
field-annual-fee = Annual fee
field-answer = Answer
field-arrears = Arrears
field-birth = Birth benefit
field-death-benefit = Death benefit
field-end = Cycle end
field-found = What was found
field-levy = Levy per death
field-members = Members
field-model = Welfare model
field-old-age = Old-age benefit
field-paper = Paper size
field-service-charge = Service charge
field-settle = Loans to settle
field-share-price = Share price
field-sickness = Sickness benefit
field-social-fund = Social fund
field-start = Cycle start
field-status = Status
field-visitors = Who went
field-attended = Who attended
field-pay-on = Pay by
field-promise = Agreed payment
field-promises = Agreed payments
