# People who use the book, PINs, two-person approval, and members' personal data.

error-actor-required = People are enrolled in this book: say who you are (your name) and give your PIN to save.
error-wrong-pin = The name or PIN is wrong for { $person }. Nothing was saved; try again.
error-pin-locked = Too many wrong PINs for { $person }. Wait { $minutes } minutes and try again.
error-approver-required = { $action ->
    [reversal] A reversal
    [by-law] A by-law change
   *[loan] A loan above the approval limit
} needs a second person's approval: another treasurer, bookkeeper or president must give their name and PIN.
error-approver-is-actor = { $person } cannot approve their own work. A second, different person must approve.
error-role-cannot-record = { $person } is a field officer: a field officer can read, print reports and check the book, but cannot record or approve.
error-role-cannot-approve = { $person } is a field officer and cannot approve. Ask a treasurer, bookkeeper or president.
error-role-cannot-enrol = Only a treasurer or president can enrol people; { $person } cannot. Ask one of them to give their name and PIN.
error-person-outside-org = { $person } keeps the books of another organisation and cannot act for { $org }.
error-invalid-pin = { $field } must be 4 to 8 digits (any script). Type digits only.
error-duplicate-person = { $person } is already enrolled in this book. Choose another name or change that person's PIN.
error-id-number-too-long = { $field }: only the last four digits of an identity number are kept, to protect the member's privacy. Type just the last four digits.
error-member-not-exited = { $member } has not left the group. Record the exit, with savings paid out and loans repaid, before erasing personal data.

field-pin = PIN
field-id-last4 = Identity number (last four digits)
field-phone = Phone
field-person = Name

role-bookkeeper = Bookkeeper
role-field-officer = Field officer

report-approvals = Who did what and who approved it
col-action = Action
col-concerning = Concerning
col-done-by = Done by
col-approved-by = Approved by
act-org-add = Organisation created
act-member-add = Member added
act-member-exit = Member left
act-member-erase = Member's personal data erased
act-by-law = By-law change
act-opening = Opening balances
act-meeting = Meeting recorded
act-loan = Loan disbursed
act-repayment = Repayment
act-reschedule = Loan rescheduled
act-reversal = Reversal
concerning-loan = Loan { $loan }
concerning-by-law = By-laws from { $date }
concerning-member = Member { $member }

cli-person-added = { $person } enrolled as { $role }.
cli-pin-changed = PIN changed for { $person }.
cli-member-erased = Personal data of member { $member } erased; the books still verify.
cli-pin-prompt = PIN for { $person }:
cli-people-none = No one is enrolled: this book is single-user (anyone at this computer can record).
erased-member = erased member { $number }
