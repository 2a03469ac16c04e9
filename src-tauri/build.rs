//! Generates the permission of the app's one command (`allow-call`), so the capability file can
//! grant exactly it and nothing else. The commands themselves are the core's table
//! (`samuh::desk::api`), reached through `call`.

fn main() {
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(&["call"]))).expect("tauri build script");
}
