//! The desktop shell: a thin Tauri 2 window over the core's `Desk`. Every command of the UI comes
//! through the one handler `call` and the core's command table (`samuh::desk::api`); the shell
//! only says where this machine keeps its files and how a PDF is opened. No state, SQL,
//! arithmetic or formatting here.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use samuh::app::UiError;
use samuh::desk::{open_with_system, Desk, Host};
use samuh::i18n::Lang;
use serde_json::Value;
use std::path::PathBuf;
use tauri::{Manager, State};

/// Every command: `invoke('call', { command, args })`. `async`: it runs off the main thread, so
/// the window keeps answering the progress of a save or of the background check while a save or
/// the key derivation of an encrypted book runs.
#[tauri::command(async)]
fn call(desk: State<'_, Desk>, command: String, args: Value) -> Result<Value, UiError> {
    desk.call(&command, args)
}

fn main() {
    // Blank white windows on WebKitGTK 2.42+ with some GPUs (see shared/toolchain.md).
    std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let data = app.path().app_data_dir()?;
            std::fs::create_dir_all(&data)?;
            // Printing writes into the app's cache folder (only the file name comes from the
            // window) and the system's PDF viewer opens it with its print dialog.
            let host = Host { print_dir: app.path().app_cache_dir()?.join("print"), open: Some(open_with_system), recent: Some(data.join("recent-books.json")), ..Host::default() };
            let desk = Desk::new(host);
            // The book: $SAMUH_DB, else the demo book in the app's data folder. One that cannot
            // be opened is offered by the book picker (an encrypted one asks for its passphrase).
            let path = std::env::var_os("SAMUH_DB").map(PathBuf::from).unwrap_or_else(|| data.join("demo.samuh"));
            if let Err(e) = desk.open_at_start(&path) {
                eprintln!("{}: {}", path.display(), UiError::new(&e, Lang::En).message);
            }
            if let Err(e) = desk.auto_backup(false) {
                eprintln!("{}", e.message);
            }
            app.manage(desk);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![call])
        .build(tauri::generate_context!())
        .expect("the Samuh window")
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                if let Err(e) = app.state::<Desk>().auto_backup(true) {
                    eprintln!("{}", e.message);
                }
            }
        });
}
