# The meeting page, second part (issue 12): fines owed, the agenda, the summary.
meeting-page-fine-owed = owed { $amount }
