# The peer auditor's checklist (issue 14): what the book answers itself, item by item.
report-audit-checklist = Audit checklist (answered by the book)
col-audit-item = What is checked
col-audit-result = Result
col-audit-basis = What the book shows
col-audit-remarks = Auditor's remarks
audit-result-ok = In order
audit-result-look = Look into it
audit-result-not-counted = Cash never counted
audit-result-compare = Compare with the bank statement
audit-item-cash = Cash counted at each meeting against the cash book
audit-item-bank = Bank balance against the bank statement
audit-item-loans = Every loan's balance against its schedule and repayments
audit-item-numbers = Voucher numbers without gaps
audit-item-reversals = Every reversal with its reason
audit-item-savings = Members' savings against their passbooks
audit-basis-cash = { $meetings ->
        [one] One meeting held
       *[other] { $meetings } meetings held
    }; { $counted ->
        [0] cash was never counted at one.
       *[other] cash counted at { $counted }; { $differed ->
            [0] the count always matched the cash book.
           *[other] it differed at { $differed } (short { $short }, over { $over }).
        }
    }
audit-basis-bank = The bank book shows { $balance } on { $date }. Write the statement's balance on that day beside it.
audit-basis-loans = { $loans ->
        [one] One loan checked
       *[other] { $loans } loans checked
    }; { $wrong ->
        [0] each balance is between nothing and what was lent, and each schedule plans exactly the principal lent.
       *[other] { $wrong } do not agree: loan { $list }.
    }
audit-basis-numbers = { $vouchers } vouchers; { $gaps ->
        [0] no number is missing.
       *[other] { $gaps } numbers missing: { $list }.
    }
audit-basis-reversals = { $reversals ->
        [one] One reversal
       *[other] { $reversals } reversals
    }; { $bare ->
        [0] { $reversals ->
            [one] it gives its reason.
           *[other] each gives its reason.
        }
       *[other] { $bare } without a reason: { $list }.
    }
audit-basis-savings = { $members } members' savings add up to { $total }{ $below ->
        [0] , none below nothing
       *[other] ; { $below } below nothing: { $list }
    }; not assigned to a member: { $unassigned }. Compare a few passbooks with the savings register.
note-audit-checklist = Each result is what the book itself says for the period. The auditor checks it against the paper (the cash box, the bank statement, the passbooks, the signed minutes) and writes what was found beside it.
note-audit-signature = Audited by: ________________  the fund's own auditor / a peer auditor from ________________   Date: ____________   Signature: ________________
