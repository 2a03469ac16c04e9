# Setting up a book: new books, the setup wizard's country facts, and the member file (CSV).
error-full-identity-number = { $field }: this is a full identity number ({ $digits } digits). The book keeps only the last four digits; type just those 4 digits.
error-unknown-csv-column = Column { $column } has a value but the file has no such column. Remove it or add a header row naming the columns.
error-nothing-to-import = No row of the file can be imported ({ $rejected } rejected). Fix the rows in the report and import the file again. Nothing was saved.
error-book-file-exists = { $path } already exists. A new book needs a new file name; to use that book, open it instead.
field-nominee = Nominee
field-identity = Identity no. (last 4 digits)
field-form = Row
member-csv-col-admission-no = Member no.
member-csv-col-name = Name
member-csv-col-role = Role
member-csv-col-joined-on = Date joined
member-csv-col-nominee = Nominee
member-csv-col-identity = Identity last 4
member-import-rejected-line = Line { $line }, { $column }: { $problem }
member-import-rejected-line-short = Line { $line }: { $problem }
member-import-summary = { $accepted ->
        [one] One row can be imported
       *[other] { $accepted } rows can be imported
    }, { $rejected ->
        [0] none rejected.
        [one] one rejected.
       *[other] { $rejected } rejected.
    }
member-import-done = { $count ->
        [one] One member imported.
       *[other] { $count } members imported.
    }
member-import-dry-run = Checked only (--dry-run): nothing was saved.
setup-currency-inr = Indian rupee (₹, INR)
setup-currency-bdt = Bangladeshi taka (৳, BDT)
setup-currency-thb = Thai baht (฿, THB)
setup-fiscal-year-span = { $start } – { $end }
error-book-file-missing = There is no book at { $path }. Check the folder and the file name, or choose the file with “Choose a book…”.
