# Registers and corrections added with the desktop screens: the attendance register, one loan's
# statement, and reversing a whole meeting.
error-no-meeting-on = No meeting with entries was recorded on { $date }. Pick a meeting from the list.
report-attendance = Attendance register
section-attendance-grid = Attendance of each member, meeting by meeting
col-marks = Marks (meetings in order)
col-meetings = Meetings as a member
col-attendance-percent = Attendance %
note-attendance-legend = ✓ present, ◐ late, ○ absent with leave, ✗ absent, ? not marked, · not a member then. The marks follow the meetings listed below, in order; attendance counts present and late.
report-loan-statement = Loan { $loan }: { $member }
section-loan-schedule = Schedule in force
section-repayments = Repayments received
section-loan-arrears = Due and overdue on { $date }
row-principal-due = Principal due
row-interest-due = Interest due
cli-meeting-reversed = The meeting of { $date } in { $org } is reversed: { $originals } cancelled by { $reversals }.
col-interest = Interest
