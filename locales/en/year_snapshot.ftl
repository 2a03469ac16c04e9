# A closed year's statements as kept at its close (issue 14).
note-as-closed = As at the close of the year { $year } on { $date }: this statement is printed from the copy the book kept at the close.
finding-record-changed-year-snapshot = The statements kept at the close of the year { $year } differ from what was recorded.
ui-year-statements = The year's statements, as at the close
