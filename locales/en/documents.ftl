# Documents (issue 12): printing versus saving a passbook, and documents fit for signing.

passbook-print-question = Did the passbook print correctly ({ $count } lines)? Only then are these lines marked as printed.
passbook-print-recorded = { $count } lines marked as printed. The next printing continues after them.
cli-passbook-pending = Nothing is marked as printed yet. Once the passbook has printed correctly, record its lines with: { $command }

report-audit-appendix = Technical appendix
cover-book-code = Book code
cover-org-code = Organisation code in the book
