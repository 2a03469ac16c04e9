//! Generates the permission set of the app's own commands (`allow-<command>`), so the
//! capability file can grant exactly these and nothing else.

fn main() {
    let commands = &[
        "book_open", "book_create", "book_overview", "setup_form", "members_csv_parse", "setup_preview", "setup_record",
        "meeting_form", "meeting_preview", "meeting_record", "report_view", "voucher_reverse", "meeting_list", "meeting_reverse",
        "loan_list", "loan_view", "chart_view", "ui_messages",
        "reports_catalog", "audit_view", "passbook_lines", "report_save", "report_progress", "report_print",
        "safety_view", "code_check", "backup_make", "backup_copy", "restore_view", "restore_open",
        "session_view", "session_start", "session_end", "people_view", "person_enrol", "person_pin_change",
        "member_list", "member_erase", "policy_view", "policy_preview", "policy_set",
        "book_recover", "book_check_status", "book_security", "passphrase_change", "book_encrypt", "book_recent",
    ];
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(commands))).expect("tauri build script");
}
