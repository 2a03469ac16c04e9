//! Embeds every `locales/<lang>/*.ftl` file into the binary: generates `$OUT_DIR/locales.rs`, a
//! table of (language, file name, text) so a message file added later needs no code change.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let root = manifest.join("locales");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");

    let mut files: Vec<(String, String, PathBuf)> = Vec::new();
    if root.is_dir() {
        for lang in sorted_entries(&root) {
            if !lang.is_dir() {
                continue;
            }
            println!("cargo:rerun-if-changed={}", lang.display());
            let lang_name = lang.file_name().and_then(|s| s.to_str()).expect("UTF-8 language folder").to_string();
            for file in sorted_entries(&lang) {
                if file.extension().and_then(|e| e.to_str()) != Some("ftl") || !file.is_file() {
                    continue;
                }
                println!("cargo:rerun-if-changed={}", file.display());
                let name = file.file_name().and_then(|s| s.to_str()).expect("UTF-8 file name").to_string();
                files.push((lang_name.clone(), name, file));
            }
        }
    }

    let mut out = String::from("/// (language code, file name, Fluent source) of every `locales/<lang>/*.ftl`.\n");
    out.push_str("pub static FTL_FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, name, path) in &files {
        let abs = path.canonicalize().unwrap_or_else(|_| path.clone());
        writeln!(out, "    ({lang:?}, {name:?}, include_str!({:?})),", abs.to_str().expect("UTF-8 path")).unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    fs::write(dest, out).expect("write locales.rs");
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    v.sort();
    v
}
