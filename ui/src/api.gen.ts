// Generated from the command table (src/desk/api.rs) by `cargo test --test api_types`;
// do not edit: change the Rust types and run that test with SAMUH_UPDATE_API=1.

export type AcceptedView = { line: number, line_display: string, admission_no: string, name: string, role: string, role_label: string, 
/**
 * The joining date as the reader writes it (the core parses it back), or empty.
 */
joined_on: string, nominee: string, id_last4: string, };

export type AcknowledgementInput = { org: string, 
/**
 * The loan's number.
 */
loan: string, };

export type AcknowledgementPrintArgs = { input: AcknowledgementInput, };

export type Actor = { name: string, pin: string, };

export type AgendaDecision = { decision: string, 
/**
 * "pending at the meeting of 13-11-2026" when it was already carried forward; else empty.
 */
carried: string, };

export type AgendaLoan = { 
/**
 * The loan's number (what the answer names).
 */
loan: string, member: string, 
/**
 * "Was loan 7 (₹10,000.00 to M10 Sunita Devi on 5 September 2026, for: goat) used for
 * that purpose?"
 */
question: string, };

export type AuditViewArgs = { params: ReportSave, };

export type AxisLabel = { at: number, text: string, };

export type BackupCopyArgs = { target: string, };

export type BackupDone = { path: string, message: string, };

export type BackupMakeArgs = Record<symbol, never>;

export type BackupRow = { path: string, name: string, when_display: string, };

export type BenefitInput = { org: string, member: string, 
/**
 * birth, sickness, old-age or death.
 */
kind: string, date: string, client_id?: string | null, };

export type BookCheckView = { 
/**
 * "idle" (no book checked yet), "running", "done" (with `ok`), "failed" (could not run).
 */
state: string, 
/**
 * Vouchers re-hashed so far and in all (0 of 0 during the page check).
 */
step: number, steps: number, 
/**
 * What it is doing now ("Verifying entries: 120 of 1,500").
 */
label: string, ok: boolean, 
/**
 * The outcome ("All 1,500 entries verified …" or the problem count), when finished.
 */
message: string, 
/**
 * Each problem found, one sentence each.
 */
lines: Array<string>, };

export type BookCreateArgs = { path: string, protect?: boolean | null, passphrase?: string | null, repeat?: string | null, };

export type BookDone = { message: string, };

export type BookEncryptArgs = { passphrase: string, repeat: string, };

export type BookOpenArgs = { path: string, passphrase?: string | null, };

export type BookOpened = { overview: Overview, encrypted: boolean, 
/**
 * A new recovery code (a new encrypted book, or a book just encrypted): shown once, to be
 * written on paper. Never stored anywhere in the clear.
 */
recovery_code: string | null, 
/**
 * What happened, in words ("The passphrase … is changed"), or empty.
 */
notice: string, check: QuickCheckView, };

export type BookRecoverArgs = { path: string, code: string, passphrase: string, repeat: string, };

export type BookSecurity = { 
/**
 * The open book, or (none open) the one the shell could not open at start, or empty.
 */
path: string, 
/**
 * Whether a book is open.
 */
open: boolean, encrypted: boolean, 
/**
 * The key file beside an encrypted book (`<book>.key`), or empty.
 */
envelope: string, 
/**
 * The passphrase rule in words ("at least 8 characters …").
 */
rule: string, };

export type BookSecurityArgs = Record<symbol, never>;

export type BundleFilesArgs = { dir: string, };

export type BundleImportArgs = { input: BundleImportInput, };

export type BundleImportInput = { 
/**
 * The oversight organisation (a village organisation).
 */
org: string, files: Array<string>, 
/**
 * Register a group not yet in the register with the key its bundle is signed with (the
 * officer compares the fingerprint printed with the group's paper).
 */
register: boolean, };

export type BundleImported = { path: string, group: string, fingerprint: string, 
/**
 * The group was registered by this import.
 */
registered: boolean, 
/**
 * Nothing new: this bundle (or one with the same history) was imported already.
 */
already: boolean, new_vouchers: number, head_count: number, as_of: string, book_code: string, 
/**
 * How many groups it relayed brought something new (a village organisation's bundle
 * carries its groups to the cluster federation).
 */
relayed: number, 
/**
 * What this file did, in the reader's language (the desktop fills it: `imported_message`).
 */
message: string, };

export type BundleWriteArgs = { input: BundleWriteInput, };

export type BundleWriteInput = { org: string, 
/**
 * The file to write.
 */
out: string, 
/**
 * Only what was recorded since the last bundle (everything when there was none).
 */
since_last: boolean, 
/**
 * Leave members' names out.
 */
no_names: boolean, };

export type BundleWritten = { path: string, org: string, seq: number, scope: string, 
/**
 * Vouchers in the bundle, and the chain position it ends at.
 */
vouchers: number, head_count: number, as_of: string, book_code: string, 
/**
 * The fingerprint of the organisation's key, to copy onto paper for the officer.
 */
fingerprint: string, 
/**
 * Whether the key was made now (this is the organisation's first bundle).
 */
key_created: boolean, bytes: number, 
/**
 * How many of the groups it imported it carries on (an oversight body's bundle).
 */
relayed: number, 
/**
 * What was written, in the reader's language (the desktop fills it: `written_message`).
 */
message: string, };

export type Call = { locale: LocaleInput, approver?: Actor | null, };

export type Chart = { 
/**
 * The box (viewBox) in tenths of a pixel.
 */
width: number, height: number, 
/**
 * The plot area: left, top, right, bottom (tenths of a pixel).
 */
plot: [number, number, number, number], points: Array<ChartPoint>, x_labels: Array<AxisLabel>, y_labels: Array<AxisLabel>, };

export type ChartPoint = { 
/**
 * The month end (ISO) and the month as the reader writes it.
 */
date: string, label: string, 
/**
 * Balances as plain decimals (for tests and titles) and as displayed.
 */
savings: string, loans: string, savings_display: string, loans_display: string, 
/**
 * Coordinates in the box, in tenths of a pixel: x, and y of each series (y grows
 * downwards).
 */
x: number, y_savings: number, y_loans: number, };

export type ChartViewArgs = { org: string, };

export type CheckStatusArgs = Record<symbol, never>;

export type Choice = { code: string, label: string, 
/**
 * What the fine box is prefilled with, as typed ("10.00", no grouping, in the reader's
 * digits), or empty.
 */
fine: string, fine_display: string, };

export type CifLoanArgs = { input: CifLoanInput, };

export type CifLoanInput = { 
/**
 * The oversight organisation that lends (a village organisation or a cluster federation).
 */
org: string, 
/**
 * The borrowing group's code, as registered by its first bundle.
 */
group: string, date: string, amount: string, rate?: string | null, rate_period?: string | null, method?: string | null, frequency?: string | null, instalments?: string | null, purpose: string, };

export type CodeCheck = { matches: boolean, status: string, message: string, };

export type CodeCheckArgs = { org: string, code: string, };

export type CountryChoice = { code: string, label: string, currency: string, 
/**
 * "Rupee (INR)" style, in the reader's language.
 */
currency_display: string, 
/**
 * The fiscal year containing today: "1 April 2026 – 31 March 2027".
 */
fiscal_year_display: string, 
/**
 * The country's usual language for the group's books.
 */
lang: string, policy: PolicyDefaults, };

export type CycleInput = { org: string, 
/**
 * The cycle's first day.
 */
start: string, 
/**
 * Its last day; left out: a year less a day after the start.
 */
end?: string | null, 
/**
 * The price of one share for the whole cycle.
 */
share_price: string, 
/**
 * Each member's social-fund contribution at each meeting (0 when there is none).
 */
social_fund?: string | null, 
/**
 * The service charge on loans, % a month of the principal (flat).
 */
service_charge?: string | null, 
/**
 * What a share-out does with loans still out: "net" (default) or "refuse".
 */
loans?: string | null, client_id?: string | null, };

export type CycleView = { number: number, 
/**
 * The cycle's number in the reader's digits.
 */
number_display: string, start_display: string, end_display: string, 
/**
 * The cycle's last day, ISO: the first day its share-out may be made.
 */
end: string, share_price_display: string, social_fund_display: string, 
/**
 * % a month, flat, in the reader's digits ("5 %", "৫ %").
 */
service_charge_display: string, 
/**
 * "net" or "refuse": what a share-out does with loans still out.
 */
loans: string, 
/**
 * The share-out's day, empty while the cycle is open.
 */
shared_out_display: string, 
/**
 * The share-out's day, ISO (empty while open): the sheet printed is the one of that day.
 */
shared_out: string, };

export type DeathInput = { org: string, 
/**
 * The deceased's admission number.
 */
member: string, date: string, 
/**
 * Who receives the payout; left out: the nominee in the member register.
 */
nominee?: string | null, client_id?: string | null, };

export type DeathSaved = { death_id: number, 
/**
 * Members who owe the levy.
 */
owing: number, 
/**
 * The levy per member, as a decimal string.
 */
levy: string, 
/**
 * What the levy raises if every member pays.
 */
expected: string, book_code: string, already_recorded: boolean, };

export type DecisionReview = { decision: string, status: string, };

export type DisplayColumn = { 
/**
 * The column's stable id (`col-…`).
 */
id: string, label: string, 
/**
 * `money`, `date`, `count`, `percent` or `text`.
 */
kind: string, 
/**
 * `end` for numbers, `start` otherwise.
 */
align: string, };

export type DisplayReport = { id: string, title: string, 
/**
 * Heading lines under the title: organisation, period.
 */
heading: Array<string>, sections: Array<DisplaySection>, };

export type DisplaySection = { title: string | null, columns: Array<DisplayColumn>, rows: Array<Array<string>>, totals: Array<string> | null, notes: Array<string>, };

export type FeeInput = { org: string, date: string, members: Array<string>, client_id?: string | null, };

export type FieldError = { field_path: string, code: string, message: string, };

export type FinePayArgs = { input: FinePayInput, };

export type FinePayInput = { org: string, date: string, member: string, amount: string, client_id?: string | null, };

export type FollowupInvitationsArgs = { input: InvitationsInput, };

export type FollowupMeetingInput = { org: string, date: string, place: string, 
/**
 * Who attended, as the minutes name them.
 */
attended: string, notes?: string | null, promises: Array<PromiseInput>, client_id?: string | null, };

export type FollowupMeetingRecordArgs = { input: FollowupMeetingInput, };

export type FollowupMinutesPrintArgs = { org: string, date: string, };

export type GroupLineInput = { 
/**
 * bank-deposit, bank-withdrawal, bank-loan-received, bank-loan-repaid, bank-loan-interest,
 * bank-interest, bank-charges, grant, membership-fee, other-income, expense, cif-repaid,
 * cif-interest (an SHG repaying community investment fund to its village organisation, and
 * paying interest on it)
 */
kind: string, amount: string, 
/**
 * For a grant: revolving-fund, community-investment-fund, village-fund-capital,
 * welfare-fund or grant (income). For an expense: meeting, stationery, travel,
 * honorarium, training, other.
 */
head?: string | null, note: string, };

export type GroupRegisterInput = { 
/**
 * The oversight book's organisation.
 */
org: string, 
/**
 * The group's code, as registered.
 */
group: string, 
/**
 * One of `GROUP_REGISTERS`.
 */
name: string, from?: string | null, to?: string | null, };

export type GroupRegisterViewArgs = { input: GroupRegisterInput, };

export type HouseholdPlanInput = { org: string, household: string, 
/**
 * 1 to 120; the by-laws' instalments without it.
 */
months?: string | null, 
/**
 * The date the plan starts from (today without it).
 */
to?: string | null, };

export type HouseholdPlanViewArgs = { input: HouseholdPlanInput, };

export type HouseholdSetArgs = { input: HouseholdSetInput, };

export type HouseholdSetInput = { org: string, 
/**
 * The member's admission number.
 */
member: string, 
/**
 * The household's number as the village writes it; empty with `clear` to withdraw it.
 */
household: string, date: string, 
/**
 * Withdraw the member's household key (recorded as a new fact, like every change).
 */
clear: boolean, client_id?: string | null, };

export type HouseholdTargetArgs = { input: HouseholdTargetInput, };

export type HouseholdTargetInput = { 
/**
 * The fund centre (any oversight book).
 */
org: string, household: string, date: string, note: string, client_id?: string | null, };

export type InvitationsInput = { org: string, 
/**
 * The date of the follow-up list (who is behind).
 */
date: string, meeting_date: string, place: string, 
/**
 * The meeting's time as the officer writes it.
 */
time?: string | null, };

export type LevyCollectInput = { org: string, 
/**
 * The deceased's admission number.
 */
deceased: string, date: string, 
/**
 * The admission numbers of the members who paid.
 */
members: Array<string>, 
/**
 * Every member who still owes paid (instead of naming them).
 */
all_owing: boolean, client_id?: string | null, };

export type LoanEntry = { 
/**
 * The loan number, sent back as `loan`.
 */
number: number, 
/**
 * "7 · M03 Sunita Devi · 10,000.00 · 14/04/2025", written for the reader.
 */
label: string, };

export type LoanInput = { member: string, amount: string, fund?: string | null, rate?: string | null, rate_period?: string | null, method?: string | null, frequency?: string | null, instalments?: string | null, grace?: string | null, purpose: string, guarantors: Array<string>, };

export type LoanListArgs = { org: string, };

export type LoanUseInput = { loan: string, answer: string, note: string, };

export type LoanViewArgs = { org: string, loan: string, to?: string | null, };

export type LocaleInput = { lang: string, digits?: string | null, 
/**
 * Date display: gregorian, buddhist or bangabda; the language's default when absent.
 */
calendar?: string | null, };

export type MeetingAgenda = { 
/**
 * The date of the previous meeting as the reader writes it; empty when there is none.
 */
previous: string, decisions: Array<AgendaDecision>, statuses: Array<Choice>, loans: Array<AgendaLoan>, answers: Array<Choice>, };

export type MeetingAgendaArgs = { org: string, date: string, };

export type MeetingEntry = { 
/**
 * ISO date, sent back as `meeting`.
 */
date: string, date_display: string, number: string, 
/**
 * Voucher numbers ("2025-26/0012") recorded for the meeting, reversals excluded.
 */
vouchers: Array<string>, 
/**
 * The same, as the reader reads them: joined, in her digits ("२०२६-२७/००३५").
 */
vouchers_display: string, 
/**
 * The total of the meeting's vouchers (their debits), as the reader writes it.
 */
total_display: string, 
/**
 * True when every voucher of the meeting stands reversed.
 */
reversed: boolean, };

export type MeetingForm = { org: string, org_name: string, currency: string, date: string, date_display: string, rows: Array<MemberRow>, 
/**
 * Attendance marks, each with the by-laws' fine.
 */
attendance: Array<Choice>, 
/**
 * Kinds of group receipts and payments.
 */
group_kinds: Array<Choice>, guarantors_required: number, loan_cap_display: string, 
/**
 * Shown in an absent member's row instead of a fine in her box: "owed ₹10.00" (issue 15:
 * her fine is owed, not cash received); empty when the by-laws fine no absence.
 */
absent_owed_text: string, 
/**
 * Issue 14: a shares column, for kinds that keep shares (cooperatives, village funds and
 * savings groups that sell them, VSLA groups), with the price of a share that day
 * ("₹50.00"; empty when none is set yet).
 */
shares_column: boolean, share_price_display: string, 
/**
 * Issue 14: a social-fund column (VSLA groups), with the cycle's contribution, put in the
 * box of a member marked present or late as her saving is (as typed, in the reader's
 * digits; empty when the cycle sets none).
 */
social_fund_column: boolean, social_fund: string, social_fund_display: string, };

export type MeetingFormArgs = { org: string, date: string, };

export type MeetingInput = { org: string, date: string, place: string, client_id?: string | null, members: Array<MeetingMemberRow>, loans: Array<LoanInput>, group: Array<GroupLineInput>, minutes: MinutesInput, cash_counted?: string | null, };

export type MeetingListArgs = { org: string, };

export type MeetingMemberRow = { 
/**
 * Admission number.
 */
member: string, attendance: string, savings?: string | null, withdrawal?: string | null, 
/**
 * Amount repaid, allocated to fine, interest and principal by the by-laws' order.
 */
repayment?: string | null, 
/**
 * Which loan the repayment is for (loan number); defaults to the member's oldest loan still
 * outstanding on the meeting's date.
 */
loan?: string | null, 
/**
 * Attendance fine; when left out, the by-laws' fine for the attendance mark, which for an
 * absent member is owed (she is not there to pay it), not cash received.
 */
fine?: string | null, 
/**
 * Shares bought at the meeting: a whole number of them, at the share price of the day
 * (kinds that keep shares only).
 */
shares?: string | null, 
/**
 * A VSLA member's social-fund contribution at the meeting (issue 14; VSLA groups only).
 */
social_fund?: string | null, 
/**
 * Fines owed from earlier meetings, paid at this one.
 */
fines_paid?: string | null, };

export type MeetingPreviewArgs = { input: MeetingInput, };

export type MeetingRecordArgs = { input: MeetingInput, };

export type MeetingReverseArgs = { input: MeetingReverseInput, };

export type MeetingReverseInput = { org: string, 
/**
 * The meeting's date, in any digits.
 */
meeting: string, reason: string, 
/**
 * Date of the reversals; today when left out.
 */
date?: string | null, client_id?: string | null, };

export type MeetingReversed = { org: string, meeting_date: string, originals: Array<string>, reversals: Array<string>, book_code: string, already_recorded: boolean, };

export type MeetingSavedArgs = { org: string, date: string, };

export type MeetingSummaryPrintArgs = { org: string, date: string, };

export type MemberEntry = { member: string, name: string, 
/**
 * "Member since …", "Left on …", or "Personal data erased".
 */
status_display: string, exited: boolean, erased: boolean, 
/**
 * Left, savings paid out and no loan outstanding, not yet erased.
 */
erasable: boolean, 
/**
 * Why not, for a member who left but is not settled (the core's own refusal), or empty.
 */
reason: string, };

export type MemberEraseArgs = { org: string, member: string, };

export type MemberImportView = { accepted: Array<AcceptedView>, rejected: Array<RejectedView>, 
/**
 * "5 rows can be imported, 2 are rejected", in the reader's language.
 */
summary: string, 
/**
 * The columns in the order assumed without a header, named in the reader's language.
 */
columns: Array<Choice>, };

export type MemberInput = { org: string, admission_no: string, name: string, role?: string | null, joined_on: string, nominee?: string | null, 
/**
 * A phone number, kept outside the journal and cleared on erasure.
 */
phone?: string | null, 
/**
 * The last four digits of an identity number (Aadhaar, Thai national ID, Bangladesh NID),
 * in any digits. A longer number is refused: only the last four digits are ever kept.
 */
id_last4?: string | null, client_id?: string | null, };

export type MemberListArgs = { org: string, };

export type MemberRow = { member: string, 
/**
 * Her number in the reader's digits, as the registers print it ("६", "M१२").
 */
member_display: string, name: string, 
/**
 * The by-laws' saving per meeting, to prefill: as typed (no grouping, the reader's digits).
 */
savings: string, savings_display: string, loan: RunningLoan | null, };

export type MembersCsvArgs = { text: string, };

export type MinutesInput = { agenda: Array<string>, resolutions: Array<string>, 
/**
 * The previous meeting's decisions, each marked at this one (issue 12; seed 001's agenda).
 */
decisions: Array<DecisionReview>, 
/**
 * Loans given one to three months before: were they used for their stated purpose?
 */
loan_uses: Array<LoanUseInput>, };

export type OpeningInput = { org: string, date: string, cash?: string | null, bank?: string | null, savings: Array<OpeningSavingsInput>, loans: Array<OpeningLoanInput>, bank_loan?: string | null, 
/**
 * Grants held as the group's fund (revolving fund, village-fund capital, …).
 */
fund_capital?: string | null, 
/**
 * Accumulated surplus on the paper books. If given, the voucher must balance with it;
 * if left out, it is the balancing figure.
 */
surplus?: string | null, client_id?: string | null, };

export type OpeningLoanInput = { member: string, 
/**
 * Outstanding principal at the cut-off date.
 */
outstanding: string, fund?: string | null, rate: string, rate_period: string, method: string, frequency: string, 
/**
 * Instalments still to pay after the cut-off.
 */
instalments: string, purpose: string, };

export type OpeningSavingsInput = { member: string, savings: string, 
/**
 * Shares held at the cut-off: a whole number of them, at the share price of that date
 * (kinds that keep shares only).
 */
shares?: string | null, };

export type OrgCode = { org: string, name: string, 
/**
 * The book code of the latest entry, as printed in the minutes ("7K2M-9QXD").
 */
book_code: string, entries_display: string, };

export type OrgInput = { code: string, name: string, kind: string, country: string, lang?: string | null, 
/**
 * "MM-DD"; defaults to the country's fiscal year start.
 */
fiscal_start?: string | null, meeting_frequency: string, formed_on: string, parent?: string | null, place: string, client_id?: string | null, };

export type OrgSummary = { code: string, name: string, kind: string, kind_label: string, currency: string, 
/**
 * The currency's symbol (₹, ৳, ฿), what the screens show rather than the code.
 */
currency_symbol: string, place: string, 
/**
 * The organisation's own language (en, hi, bn, th).
 */
lang: string, 
/**
 * Members past and present: (admission no, name), for pickers.
 */
members: Array<[string, string]>, 
/**
 * The same members as the pickers show them: "number name", the number in the reader's
 * digits as the registers print it.
 */
member_labels: Array<string>, 
/**
 * A book of an oversight kind (village organisation, cluster federation, cooperative
 * office, fund centre): it imports its groups' bundles (issue 16).
 */
oversees: boolean, 
/**
 * It sends its bundles to a body above it: a group, or a village organisation to its
 * cluster federation (issue 16); the Send screen is its.
 */
sends_upward: boolean, 
/**
 * The home card (issue 12), each as the reader writes it: the date of the last meeting
 * standing (empty before the first), cash in hand and the bank balance today, and how many
 * loans have something overdue today.
 */
last_meeting: string, cash: string, bank: string, overdue_loans: string, };

export type Overview = { path: string, 
/**
 * Today, ISO (for date inputs) and as the reader writes it.
 */
today: string, today_display: string, orgs: Array<OrgSummary>, };

export type OverviewArgs = Record<symbol, never>;

export type ParquetExportArgs = { input: ParquetExportInput, };

export type ParquetExportInput = { 
/**
 * The oversight organisation.
 */
org: string, 
/**
 * The folder to write the tables into (made when missing).
 */
to: string, };

export type ParquetExported = { dir: string, groups: number, postings: number, 
/**
 * Every file written, relative to `dir`, in order.
 */
files: Array<string>, };

export type PassbookLine = { member: string, name: string, count: number, text: string, };

export type PassbookLines = { rows: Array<PassbookLine>, 
/**
 * Something to print at all.
 */
any: boolean, };

export type PassbookLinesArgs = { params: ReportSave, };

export type PassbookPending = { 
/**
 * The newest voucher the PDF covers; give it back with the same choices to confirm.
 */
upto: number, lines: number, 
/**
 * "Did the passbook print correctly? (12 lines)" in the reader's language.
 */
question: string, };

export type PassbookPrintedArgs = { params: ReportSave, upto: number, };

export type PassbookRecorded = { lines: number, message: string, };

export type PassphraseChangeArgs = { current: string, passphrase: string, repeat: string, };

export type PayoutInput = { org: string, deceased: string, date: string, loans: Array<SettleInput>, client_id?: string | null, };

export type PayoutSaved = { saved: Saved, collected: string, admin: string, benefit: string, settled: Array<SettledLoan>, 
/**
 * Paid (or owed) to the lending funds in all.
 */
to_funds: string, to_family: string, };

export type PeopleView = { session: SessionView, people: Array<PersonRow>, 
/**
 * The roles the enrol form offers: only treasurer and president for the first person
 * (someone must be able to enrol the others).
 */
roles: Array<Choice>, 
/**
 * Nobody is enrolled yet: the next person enrols without anyone's PIN.
 */
first: boolean, };

export type PeopleViewArgs = Record<symbol, never>;

export type PersonEnrolArgs = { input: PersonInput, };

export type PersonInput = { name: string, 
/**
 * "treasurer", "bookkeeper", "president" or "field-officer".
 */
role: string, 
/**
 * The organisation this person keeps the books of; left out: every organisation.
 */
org?: string | null, 
/**
 * Their new PIN, 4 to 8 digits in any script.
 */
pin: string, client_id?: string | null, };

export type PersonRow = { name: string, role: string, role_label: string, 
/**
 * The organisation's name, or "every organisation".
 */
scope_display: string, enrolled_display: string, locked: boolean, 
/**
 * "Locked for 4 minutes (too many wrong PINs)", or empty.
 */
state_display: string, };

export type PinChangeArgs = { current: string, pin: string, };

export type PolicyDefaults = { saving_per_meeting: string, interest_rate: string, rate_period: string, interest_method: string, repayment_frequency: string, default_instalments: string, fine_absent: string, fine_late: string, loan_cap: string, guarantors_required: string, };

export type PolicyInput = { org: string, effective_from: string, saving_per_meeting?: string | null, interest_rate?: string | null, rate_period?: string | null, interest_method?: string | null, repayment_frequency?: string | null, default_instalments?: string | null, fine_absent?: string | null, fine_late?: string | null, fine_late_instalment?: string | null, 
/**
 * Absolute cap; "none" removes it.
 */
loan_cap?: string | null, 
/**
 * Cap as a multiple of own savings; "none" removes it.
 */
loan_cap_savings_multiple?: string | null, guarantors_required?: string | null, rounding_unit?: string | null, rounding_mode?: string | null, allocation_order?: string | null, allow_prepayment?: boolean | null, approval_threshold?: string | null, 
/**
 * What the loan cap limits: "per-loan" or "member-outstanding" (issue 15).
 */
loan_cap_scope?: string | null, 
/**
 * How weekly interest is counted from a monthly rate: "calendar" or "four-weeks".
 */
interest_period?: string | null, client_id?: string | null, };

export type PolicyPreview = { ok: boolean, errors: Array<FieldError>, };

export type PolicyPreviewArgs = { input: PolicyInput, };

export type PolicyRow = { effective_from: string, effective_display: string, saving_display: string, interest_display: string, method_label: string, instalments_display: string, fine_absent_display: string, fine_late_display: string, loan_cap_display: string, guarantors_display: string, threshold_display: string, 
/**
 * The version in force today.
 */
in_force: boolean, };

export type PolicySetArgs = { input: PolicyInput, };

export type PolicyView = { org: string, currency: string, today: string, today_display: string, 
/**
 * Newest first.
 */
versions: Array<PolicyRow>, 
/**
 * Today's by-laws as the starting values of the form's boxes (amounts, rate and counts as
 * typed: no grouping, in the reader's digits).
 */
current: PolicyInput, methods: Array<Choice>, rate_periods: Array<Choice>, 
/**
 * People are enrolled: saving needs a second person's approval.
 */
needs_approval: boolean, };

export type PolicyViewArgs = { org: string, };

export type Preview = { 
/**
 * True when a save would succeed now.
 */
ok: boolean, errors: Array<FieldError>, totals: Totals, 
/**
 * Set when the meeting would take cash in hand below zero (the error itself is then placed
 * on the footer, `field_path` = `shortfall`).
 */
shortfall: Shortfall | null, };

export type ProblemView = { 
/**
 * The column's field code (`joined-on`) and its name in the reader's language.
 */
column: string, column_label: string, message: string, };

export type Progress = { step: number, steps: number, 
/**
 * "Balance sheet (5 of 14)" in the reader's language and digits.
 */
label: string, done: boolean, };

export type ProgressArgs = Record<symbol, never>;

export type PromiseInput = { 
/**
 * The loan's number.
 */
loan: string, 
/**
 * The date she agreed to pay by.
 */
pay_on: string, amount: string, note?: string | null, };

export type QuickCheckView = { ok: boolean, 
/**
 * "The book opened and checked out: 1,234 entries, chain intact." or the problem count.
 */
message: string, 
/**
 * Each problem found, then each warning (a book on a pen drive), one sentence each.
 */
lines: Array<string>, };

export type ReceiptView = { member_no: string, member_name: string, 
/**
 * What she paid in all, formatted.
 */
total: string, 
/**
 * The whole receipt as text for a messaging app.
 */
text: string, };

export type ReceiptsInput = { org: string, 
/**
 * The meeting's date.
 */
meeting?: string | null, 
/**
 * A voucher ("2025-26/12", or its number in the current fiscal year), when not a meeting.
 */
voucher?: string | null, 
/**
 * Admission number: only this member's receipt.
 */
member?: string | null, 
/**
 * "58mm" (the default), "80mm" or "a6".
 */
paper?: string | null, 
/**
 * Embed fonts instead of drawing the letters as shapes (for a printer that has the fonts,
 * or to copy text out of the PDF).
 */
fonts?: boolean | null, };

export type ReceiptsPrintArgs = { input: ReceiptsInput, };

export type ReceiptsSaved = { path: string, count: number, };

export type ReceiptsView = { voucher: string, book_code: string, receipts: Array<ReceiptView>, };

export type ReceiptsViewArgs = { input: ReceiptsInput, };

export type RecentArgs = Record<symbol, never>;

export type RecentBook = { path: string, 
/**
 * The file name without `.samuh`.
 */
name: string, encrypted: boolean, };

export type RejectedView = { line: number, line_display: string, cells: Array<string>, problems: Array<ProblemView>, };

export type RemovableListArgs = Record<symbol, never>;

export type RemovableMedium = { 
/**
 * The folder it is mounted at; a backup is copied there.
 */
path: string, 
/**
 * What a person recognises: the last part of the mount folder (usually the drive's label).
 */
label: string, };

export type ReportChoice = { id: string, label: string, };

export type ReportParams = { org: string, name: string, 
/**
 * Admission number, for the passbook; a household's key for the fund centre's household
 * roll-ups (`household-debts`, `restructuring-plan`).
 */
member?: string | null, from?: string | null, to?: string | null, 
/**
 * The order of a sheet that can be sorted (`grading`: grade, score or group).
 */
sort?: string | null, };

export type ReportPrintArgs = { params: ReportSave, };

export type ReportSave = { org: string, 
/**
 * A name of `REPORTS`, or `audit`.
 */
name: string, 
/**
 * Admission number (passbook); blank prints every member.
 */
member?: string | null, from?: string | null, to?: string | null, 
/**
 * `pdf`, `xlsx` or `csv`.
 */
format: string, path: string, 
/**
 * `a4`, `a5` or `WxH:LINES` (a passbook page and its printable lines).
 */
page: string, 
/**
 * Passbook: `continue` (default), `from-line` or `all`.
 */
mode: string, from_line?: string | null, prepared_by: string, };

export type ReportSaveArgs = { params: ReportSave, };

export type ReportViewArgs = { params: ReportParams, };

export type ReportsCatalog = { 
/**
 * The reports of the core this organisation keeps (`reports_for`), the member passbook and
 * the audit sheet.
 */
reports: Array<ReportChoice>, 
/**
 * The roll-ups of an oversight book of its kind (`app::rollups`); empty for any other
 * (issue 16).
 */
rollups: Array<ReportChoice>, 
/**
 * The registers an oversight book opens of one imported group (`GROUP_REGISTERS`); empty
 * for any other book.
 */
group_registers: Array<ReportChoice>, 
/**
 * The default period (fiscal year to date), shown as the fields' placeholders.
 */
from_display: string, to_display: string, };

export type ReportsCatalogArgs = { org: string, };

export type RestoreLine = { label: string, current: string, backup: string, differs: boolean, };

export type RestoreOpenArgs = { backup: string, target: string, };

export type RestoreOrg = { org: string, name: string, lines: Array<RestoreLine>, };

export type RestoreView = { backup_path: string, same: boolean, 
/**
 * "The backup holds exactly…" or "The backup differs…".
 */
verdict: string, orgs: Array<RestoreOrg>, 
/**
 * Where the restored book would be written (a new file next to this book).
 */
target: string, question: string, };

export type RestoreViewArgs = { backup: string, };

export type ReverseInput = { org: string, 
/**
 * "2025-26/12", "2025-26/0012", or the voucher's number in the current fiscal year.
 */
voucher: string, reason: string, 
/**
 * Date of the reversal; today when left out.
 */
date?: string | null, client_id?: string | null, };

export type RunningLoan = { number: number, outstanding_display: string, due_display: string, overdue_display: string, 
/**
 * What the "paid as due" key puts in the repayment box, as typed (no grouping, the reader's
 * digits): what is due today, or when nothing is, the next instalment (the box itself starts
 * empty).
 */
due: string, 
/**
 * Everything owed today (fines, interest due and all the principal left).
 */
owes_display: string, 
/**
 * "due ₹289.00 · owes ₹2,368.00" (or "next ₹… on … · owes ₹…") for beside the box.
 */
due_text: string, };

export type SafetyView = { book_path: string, backup_dir: string, orgs: Array<OrgCode>, 
/**
 * Newest first.
 */
backups: Array<BackupRow>, };

export type SafetyViewArgs = Record<symbol, never>;

export type Saved = { org: string, voucher_id: number, 
/**
 * "2025-26/0012": fiscal year and gapless number.
 */
voucher: string, fiscal_year: number, number: number, hash: string, meeting_number: number | null, loans: Array<number>, 
/**
 * Counted minus book cash at close (positive: excess), when cash was counted.
 */
cash_difference: string | null, 
/**
 * True when this answer replays an earlier save with the same client id.
 */
already_recorded: boolean, 
/**
 * The book code of the chain head after this save ("7K2M-9QXD"), printed in the minutes
 * and on passbook pages; empty in answers stored before book codes existed.
 */
book_code: string, };

export type SavedFiles = { written: Array<string>, message: string, 
/**
 * A passbook PDF: the lines it prints, taken only once the person answers that the
 * passbook printed correctly (`passbook_printed` with `upto`). None for other files.
 */
pending: PassbookPending | null, };

export type SavedLine = { label: string, amount: string, };

export type SavedMeeting = { date: string, date_display: string, 
/**
 * "Meeting of 20-11-2026 saved".
 */
title: string, 
/**
 * The book's code now (the one to write in the paper register).
 */
book_code: string, vouchers: Array<string>, 
/**
 * The same, joined, in the reader's digits.
 */
vouchers_display: string, rows: Array<SavedMemberRow>, 
/**
 * Whether the kind keeps shares / a social fund (the receipt then has those columns, as
 * the meeting grid has).
 */
shares_column: boolean, social_fund_column: boolean, 
/**
 * Group receipts and payments: what, and how much.
 */
group: Array<SavedLine>, minutes: Array<string>, 
/**
 * Admission numbers of the members whose passbook got a line at this meeting.
 */
passbooks: Array<string>, 
/**
 * The meeting as it would be typed to record it again (plain amounts in the reader's
 * digits): what "correct this meeting" opens pre-filled after reversing it. A grant's fund
 * and an expense's head are not kept on the voucher's lines and come back as the defaults.
 */
input: MeetingInput, };

export type SavedMemberRow = { member: string, 
/**
 * Her number in the reader's digits, as the registers print it ("M१२").
 */
member_display: string, name: string, 
/**
 * The attendance code (`present`…) and its label; empty when none was recorded.
 */
attendance: string, attendance_label: string, savings: string, withdrawal: string, repayment: string, 
/**
 * The fine paid in cash; for an absent member, "owed ₹10.00" (her fine is owed, not
 * received: issue 15).
 */
fine: string, loan: string, 
/**
 * Shares bought at the meeting, "50 · ฿500.00" (the count and what was paid for them);
 * empty when none.
 */
shares: string, 
/**
 * A VSLA member's social-fund contribution; empty when none.
 */
social_fund: string, };

export type SessionEndArgs = Record<symbol, never>;

export type SessionStartArgs = { name: string, pin: string, };

export type SessionView = { 
/**
 * People are enrolled: every write needs a signed-in person.
 */
enrolled: boolean, signed_in: SignedIn | null, };

export type SessionViewArgs = Record<symbol, never>;

export type SettleInput = { fund: string, loan: string, principal?: string | null, interest?: string | null, };

export type SettledLoan = { fund: string, loan: string, principal: string, interest: string, 
/**
 * What the benefit did not cover, still owed to the fund.
 */
left: string, 
/**
 * The fund's voucher when the fund is kept in this book.
 */
fund_voucher: string | null, slip: string, };

export type SetupForm = { today: string, today_display: string, kinds: Array<Choice>, countries: Array<CountryChoice>, langs: Array<Choice>, frequencies: Array<Choice>, methods: Array<Choice>, rate_periods: Array<Choice>, roles: Array<Choice>, };

export type SetupFormArgs = Record<symbol, never>;

export type SetupInput = { org: OrgInput, 
/**
 * By-laws from the day the group was formed (`org` and `effective_from` are filled in here).
 */
policy: PolicyInput, 
/**
 * Members typed in or imported (`org` is filled in here).
 */
members: Array<MemberInput>, 
/**
 * Balances from the paper books at a cut-off date; none for a group starting today.
 */
opening?: OpeningInput | null, client_id?: string | null, };

export type SetupPreview = { ok: boolean, errors: Array<FieldError>, };

export type SetupPreviewArgs = { input: SetupInput, };

export type SetupRecordArgs = { input: SetupInput, };

export type SetupSaved = { org: string, org_id: number, members: number, 
/**
 * The opening voucher, when balances were brought over.
 */
opening: Saved | null, already_recorded: boolean, };

export type ShareOutInput = { org: string, date: string, client_id?: string | null, };

export type SharePriceInput = { org: string, 
/**
 * From this date (any digits).
 */
from: string, price: string, client_id?: string | null, };

export type SharePriceSetArgs = { input: SharePriceInput, };

export type Shortfall = { 
/**
 * For the group line the fix adds: as typed (no grouping, the reader's digits).
 */
amount: string, 
/**
 * "Cash in hand is short by ₹2,528.00: the new loan of ₹5,000.00 is more than the cash."
 */
text: string, 
/**
 * "Alt+W: record a bank withdrawal of ₹2,528.00"
 */
fix: string, };

export type SignedIn = { name: string, role: string, role_label: string, 
/**
 * False for a field officer: reads, reports and checks only.
 */
may_record: boolean, 
/**
 * A treasurer or president: may enrol others.
 */
may_enrol: boolean, };

export type SlipRow = { 
/**
 * Admission number.
 */
member: string, label: string, amount_display: string, };

export type Totals = { savings: string, repayments: string, fines: string, loans: string, receipts: string, payments: string, 
/**
 * Cash in hand at close by the book (empty while the meeting has errors).
 */
cash_close: string, bank_close: string, 
/**
 * Counted minus book cash (empty when nothing was counted or there are errors).
 */
difference: string, 
/**
 * The footer's sum, with the currency symbol: cash in hand before the meeting, the cash
 * the meeting brings in and pays out, and what the box should then hold, of the rows that
 * parse (shown also when the cash falls short; empty only when the save of those rows is
 * refused for another reason).
 */
cash_open: string, cash_in: string, cash_out: string, cash_expected: string, 
/**
 * Issue 14: what the shares bought cost (the shares of each row that parses, at the day's
 * price) and the social fund paid; empty for kinds without those columns.
 */
shares: string, social_fund: string, };

export type UiError = { code: string, args: { [key in string]: string }, message: string, };

export type UiMessagesArgs = { lang: string, };

export type VisitInput = { org: string, 
/**
 * The loan's number.
 */
loan: string, date: string, 
/**
 * Who went.
 */
visitors: string, 
/**
 * What they found.
 */
found: string, 
/**
 * Whether the committee's record of the loan matches what the household says.
 */
record_matches: boolean, client_id?: string | null, };

export type VisitRecordArgs = { input: VisitInput, };

export type VisitView = { loan: number, member_no: string, member_name: string, 
/**
 * ISO date.
 */
date: string, visitors: string, found: string, record_matches: boolean, };

export type VisitsListArgs = { org: string, member?: string | null, };

export type VoucherReverseArgs = { input: ReverseInput, };

export type VslaCycleOpenArgs = { input: CycleInput, };

export type VslaDone = { org: string, cycle: number, 
/**
 * The voucher posted ("2025-26/0041"), none for opening a cycle.
 */
voucher: string | null, 
/**
 * The same, as the reader reads it (`for_reader`; empty until then).
 */
voucher_display: string, book_code: string, already_recorded: boolean, };

export type VslaShareOutArgs = { input: ShareOutInput, };

export type VslaShareOutPreviewArgs = { input: ShareOutInput, };

export type VslaView = { org: string, cycles: Array<CycleView>, 
/**
 * True when the last cycle is shared out (or there is none): the next may be opened.
 */
may_open: boolean, 
/**
 * The first day the next cycle may start, ISO: the day after the last share-out (that day
 * belongs to the cycle shared out); empty when there is none.
 */
next_start: string, };

export type VslaViewArgs = { org: string, };

export type WelfareBenefitArgs = { input: BenefitInput, };

export type WelfareCollectArgs = { input: LevyCollectInput, };

export type WelfareDeathArgs = { input: DeathInput, };

export type WelfareFeeArgs = { input: FeeInput, };

export type WelfarePayoutArgs = { input: PayoutInput, };

export type WelfareRuleInput = { org: string, 
/**
 * In force from this date.
 */
from: string, 
/**
 * "per-death" (default) or "annual-fee".
 */
model?: string | null, levy?: string | null, annual_fee?: string | null, 
/**
 * Percent of a death's collection kept for administration.
 */
admin_share?: string | null, 
/**
 * Unpaid levies after which a member loses eligibility (0 or left out: never).
 */
arrears_limit?: string | null, death_benefit?: string | null, birth?: string | null, sickness?: string | null, old_age?: string | null, };

export type WelfareRuleSetArgs = { input: WelfareRuleInput, };

export type YearAuditArgs = { input: YearAuditInput, };

export type YearAuditInput = { org: string, 
/**
 * The fiscal year audited ("2025" or "2025-26").
 */
year: string, 
/**
 * The auditor's name, as signed.
 */
auditor: string, 
/**
 * The fund (or society) a peer auditor comes from; left out: the fund's own auditor.
 */
peer_from?: string | null, 
/**
 * The day of the audit (any digits), after the year's end; left out: today.
 */
date?: string | null, 
/**
 * The balance on the bank statement on the year's last day (any digits); left out when the
 * fund keeps no bank account or the statement was not seen.
 */
bank_statement?: string | null, 
/**
 * The auditor's remark on each item, by its code: cash, bank, loans, numbers, reversals,
 * savings.
 */
remarks: { [key in string]: string }, client_id?: string | null, };

export type YearAudited = { org: string, year: string, auditor: string, book_code: string, already_recorded: boolean, };

export type YearCloseArgs = { input: YearInput, };

export type YearDividendPayArgs = { input: YearPayInput, };

export type YearDone = { org: string, year: string, vouchers: Array<string>, 
/**
 * The same, joined, as the reader reads them (`for_reader`; empty until then).
 */
vouchers_display: string, book_code: string, already_recorded: boolean, };

export type YearInput = { org: string, 
/**
 * The fiscal year by the calendar year it starts in ("2025"), or its label ("2025-26").
 */
year: string, 
/**
 * The dividend rate in % a year as the general meeting resolved; left out: the rate the
 * dividend pool pays (cut to two decimals). A Thai co-operative must give it.
 */
rate?: string | null, 
/**
 * Where members' dividends go: "savings" (default) or "payable" (paid in cash later).
 */
credit_to?: string | null, 
/**
 * whole-year, months-held or average-balance.
 */
weighting?: string | null, 
/**
 * each-month or total.
 */
round_at?: string | null, 
/**
 * truncate, half-up or half-even.
 */
rounding_mode?: string | null, 
/**
 * The rounding unit: the minor unit (0.01) or a whole unit (1).
 */
rounding_unit?: string | null, 
/**
 * A village fund's or savings group's template, "reserve=20,dividend=40,average-return=15,
 * welfare=10,committee=10,public-benefit=5"; must total 100.
 */
template?: string | null, 
/**
 * The by-laws leave out of the average-return the members who defaulted in the year (a
 * loan overdue at the year's end): their part stays in the fund. Default: no.
 */
exclude_defaulters?: boolean | null, 
/**
 * Month-weighting: a share (or saving) bought in a month counts from the next month
 * ("next-month", the default: the holding on each month's first day) or from its own month
 * ("own-month": the holding on each month's last day), as the by-laws say.
 */
counts_from?: string | null, 
/**
 * A Thai co-operative's fee to the League of Co-operatives, in % of the net profit (at most
 * 5, the Act's limit); left out: 1.
 */
league_fee?: string | null, 
/**
 * The League's ceiling on its fee (any digits); left out: ฿30,000.
 */
league_fee_cap?: string | null, client_id?: string | null, };

export type YearPaid = { org: string, voucher: string, 
/**
 * The same, as the reader reads it (`for_reader`; empty until then).
 */
voucher_display: string, members: number, total: string, book_code: string, already_recorded: boolean, };

export type YearPayInput = { org: string, 
/**
 * The closed year whose dividends are paid.
 */
year: string, 
/**
 * The day of the payment (any digits).
 */
date: string, 
/**
 * One member's admission number; left out: every member with a dividend left to pay.
 */
member?: string | null, client_id?: string | null, };

export type YearPreviewArgs = { input: YearInput, };

export type YearReopenArgs = { input: YearReopenInput, };

export type YearReopenInput = { org: string, year: string, reason: string, client_id?: string | null, };

export type YearRow = { 
/**
 * The year's label ("2024-25"), what the commands take.
 */
year: string, 
/**
 * The label as the reader reads it ("२०२४-२५").
 */
year_display: string, 
/**
 * "1 Jul 2024 – 30 Jun 2025" in the reader's words.
 */
period_display: string, 
/**
 * Its first and last days, ISO (what a report over the year is asked for with).
 */
from: string, to: string, 
/**
 * `not-ended`, `open` (ended, may be closed) or `closed`.
 */
state: string, state_label: string, 
/**
 * The closing vouchers of a closed year ("2024-25/0031, 2024-25/0032").
 */
vouchers: Array<string>, 
/**
 * The same, joined, in the reader's digits.
 */
vouchers_display: string, 
/**
 * The members a closed year credited, for their slips.
 */
slips: Array<SlipRow>, 
/**
 * Dividends kept as payable are still to be paid in cash: what is left, in the reader's
 * words, or empty.
 */
payable_display: string, 
/**
 * Who audited the year and when, in the reader's words ("Audited by … on …"); empty: not
 * yet signed off.
 */
audit_display: string, };

export type YearSlipArgs = { input: YearSlipInput, };

export type YearSlipInput = { org: string, year: string, 
/**
 * Admission number.
 */
member: string, };

export type YearView = { org: string, 
/**
 * Newest first, from the year the organisation was formed in to the year of today.
 */
years: Array<YearRow>, 
/**
 * People are enrolled: a close and a reopening need a second person's approval.
 */
needs_approval: boolean, 
/**
 * The general meeting's dividend rate must be typed (a Thai co-operative).
 */
needs_rate: boolean, 
/**
 * The kind appropriates by a template (village fund, savings group).
 */
has_template: boolean, 
/**
 * The kind shares its profit out at the close (co-operatives of Bangladesh and Thailand,
 * village funds, savings groups); otherwise the surplus simply stays and the screen asks for
 * no rate or where dividends go.
 */
distributes: boolean, 
/**
 * Where members' dividends may go.
 */
credit_to: Array<Choice>, 
/**
 * The items of the auditor's checklist a remark may be written against (code and name).
 */
audit_items: Array<Choice>, };

export type YearViewArgs = { org: string, };

/** Every command: its arguments (besides `locale` and `approver`, see `Call`), its answer and whether it writes. */
export interface Commands {
  book_open: { args: BookOpenArgs; answer: BookOpened; access: 'read' };
  book_create: { args: BookCreateArgs; answer: BookOpened; access: 'write' };
  book_recover: { args: BookRecoverArgs; answer: BookOpened; access: 'write' };
  book_encrypt: { args: BookEncryptArgs; answer: BookOpened; access: 'write' };
  passphrase_change: { args: PassphraseChangeArgs; answer: BookDone; access: 'write' };
  book_security: { args: BookSecurityArgs; answer: BookSecurity; access: 'read' };
  book_check_status: { args: CheckStatusArgs; answer: BookCheckView; access: 'read' };
  book_recent: { args: RecentArgs; answer: Array<RecentBook>; access: 'read' };
  book_overview: { args: OverviewArgs; answer: Overview; access: 'read' };
  ui_messages: { args: UiMessagesArgs; answer: { [key in string]: string }; access: 'read' };
  setup_form: { args: SetupFormArgs; answer: SetupForm; access: 'read' };
  members_csv_parse: { args: MembersCsvArgs; answer: MemberImportView; access: 'read' };
  setup_preview: { args: SetupPreviewArgs; answer: SetupPreview; access: 'read' };
  setup_record: { args: SetupRecordArgs; answer: SetupSaved; access: 'write' };
  meeting_form: { args: MeetingFormArgs; answer: MeetingForm; access: 'read' };
  meeting_preview: { args: MeetingPreviewArgs; answer: Preview; access: 'read' };
  meeting_record: { args: MeetingRecordArgs; answer: Saved; access: 'approve' };
  meeting_list: { args: MeetingListArgs; answer: Array<MeetingEntry>; access: 'read' };
  meeting_reverse: { args: MeetingReverseArgs; answer: MeetingReversed; access: 'approve' };
  voucher_reverse: { args: VoucherReverseArgs; answer: Saved; access: 'approve' };
  meeting_saved: { args: MeetingSavedArgs; answer: SavedMeeting | null; access: 'read' };
  meeting_agenda: { args: MeetingAgendaArgs; answer: MeetingAgenda; access: 'read' };
  meeting_summary_print: { args: MeetingSummaryPrintArgs; answer: ReceiptsSaved; access: 'read' };
  report_view: { args: ReportViewArgs; answer: DisplayReport; access: 'read' };
  loan_list: { args: LoanListArgs; answer: Array<LoanEntry>; access: 'read' };
  loan_view: { args: LoanViewArgs; answer: DisplayReport; access: 'read' };
  chart_view: { args: ChartViewArgs; answer: Chart; access: 'read' };
  group_register_view: { args: GroupRegisterViewArgs; answer: DisplayReport; access: 'read' };
  reports_catalog: { args: ReportsCatalogArgs; answer: ReportsCatalog; access: 'read' };
  audit_view: { args: AuditViewArgs; answer: Array<DisplayReport>; access: 'read' };
  passbook_lines: { args: PassbookLinesArgs; answer: PassbookLines; access: 'read' };
  report_save: { args: ReportSaveArgs; answer: SavedFiles; access: 'write' };
  report_print: { args: ReportPrintArgs; answer: SavedFiles; access: 'write' };
  report_progress: { args: ProgressArgs; answer: Progress; access: 'read' };
  passbook_printed: { args: PassbookPrintedArgs; answer: PassbookRecorded; access: 'write' };
  safety_view: { args: SafetyViewArgs; answer: SafetyView; access: 'read' };
  code_check: { args: CodeCheckArgs; answer: CodeCheck; access: 'read' };
  backup_make: { args: BackupMakeArgs; answer: BackupDone; access: 'read' };
  backup_copy: { args: BackupCopyArgs; answer: BackupDone; access: 'read' };
  removable_list: { args: RemovableListArgs; answer: Array<RemovableMedium>; access: 'read' };
  restore_view: { args: RestoreViewArgs; answer: RestoreView; access: 'read' };
  restore_open: { args: RestoreOpenArgs; answer: BackupDone; access: 'write' };
  session_view: { args: SessionViewArgs; answer: SessionView; access: 'read' };
  session_start: { args: SessionStartArgs; answer: SignedIn; access: 'read' };
  session_end: { args: SessionEndArgs; answer: null; access: 'read' };
  people_view: { args: PeopleViewArgs; answer: PeopleView; access: 'read' };
  person_enrol: { args: PersonEnrolArgs; answer: number; access: 'write' };
  person_pin_change: { args: PinChangeArgs; answer: null; access: 'write' };
  member_list: { args: MemberListArgs; answer: Array<MemberEntry>; access: 'read' };
  member_erase: { args: MemberEraseArgs; answer: number; access: 'write' };
  policy_view: { args: PolicyViewArgs; answer: PolicyView; access: 'read' };
  policy_preview: { args: PolicyPreviewArgs; answer: PolicyPreview; access: 'read' };
  policy_set: { args: PolicySetArgs; answer: number; access: 'approve' };
  share_price_set: { args: SharePriceSetArgs; answer: number; access: 'write' };
  year_preview: { args: YearPreviewArgs; answer: DisplayReport; access: 'read' };
  year_close: { args: YearCloseArgs; answer: YearDone; access: 'approve' };
  year_reopen: { args: YearReopenArgs; answer: YearDone; access: 'approve' };
  year_view: { args: YearViewArgs; answer: YearView; access: 'read' };
  year_slip: { args: YearSlipArgs; answer: DisplayReport; access: 'read' };
  year_audit: { args: YearAuditArgs; answer: YearAudited; access: 'write' };
  year_dividend_pay: { args: YearDividendPayArgs; answer: YearPaid; access: 'write' };
  vsla_cycle_open: { args: VslaCycleOpenArgs; answer: VslaDone; access: 'write' };
  vsla_share_out_preview: { args: VslaShareOutPreviewArgs; answer: DisplayReport; access: 'read' };
  vsla_view: { args: VslaViewArgs; answer: VslaView; access: 'read' };
  vsla_share_out: { args: VslaShareOutArgs; answer: VslaDone; access: 'approve' };
  bundle_write: { args: BundleWriteArgs; answer: BundleWritten; access: 'write' };
  bundle_files: { args: BundleFilesArgs; answer: Array<string>; access: 'read' };
  bundle_import: { args: BundleImportArgs; answer: Array<BundleImported>; access: 'write' };
  cif_loan: { args: CifLoanArgs; answer: Saved; access: 'approve' };
  parquet_export: { args: ParquetExportArgs; answer: ParquetExported; access: 'read' };
  fine_pay: { args: FinePayArgs; answer: Saved; access: 'write' };
  welfare_rule_set: { args: WelfareRuleSetArgs; answer: number; access: 'write' };
  welfare_death: { args: WelfareDeathArgs; answer: DeathSaved; access: 'write' };
  welfare_collect: { args: WelfareCollectArgs; answer: Saved; access: 'write' };
  welfare_payout: { args: WelfarePayoutArgs; answer: PayoutSaved; access: 'write' };
  welfare_benefit: { args: WelfareBenefitArgs; answer: Saved; access: 'write' };
  welfare_fee: { args: WelfareFeeArgs; answer: Saved; access: 'write' };
  receipts_view: { args: ReceiptsViewArgs; answer: ReceiptsView; access: 'read' };
  receipts_print: { args: ReceiptsPrintArgs; answer: ReceiptsSaved; access: 'read' };
  visit_record: { args: VisitRecordArgs; answer: number; access: 'write' };
  acknowledgement_print: { args: AcknowledgementPrintArgs; answer: ReceiptsSaved; access: 'read' };
  visits_list: { args: VisitsListArgs; answer: Array<VisitView>; access: 'read' };
  followup_invitations_print: { args: FollowupInvitationsArgs; answer: ReceiptsSaved; access: 'read' };
  followup_meeting_record: { args: FollowupMeetingRecordArgs; answer: number; access: 'write' };
  followup_minutes_print: { args: FollowupMinutesPrintArgs; answer: ReceiptsSaved; access: 'read' };
  household_set: { args: HouseholdSetArgs; answer: number; access: 'write' };
  household_target: { args: HouseholdTargetArgs; answer: number; access: 'write' };
  household_plan_view: { args: HouseholdPlanViewArgs; answer: DisplayReport; access: 'read' };
}

export type CommandName = keyof Commands;
