//! `samuh-serve`: a test-only stand-in for the desktop shell. It serves the built UI
//! (`ui/dist`) and answers `POST /api/<command>` through the same `Desk` and command table as the
//! Tauri shell, so the browser end-to-end tests drive the real UI against the real core.
//!
//! Bounded on purpose: it listens on loopback only, prints `listening http://127.0.0.1:PORT`,
//! and exits when its standard input closes (the test that started it has ended).

use samuh::app::{BookCheck, UiError};
use samuh::desk::{Desk, Host};
use samuh::i18n::Lang;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

struct State {
    desk: Desk,
    dist: PathBuf,
}

fn respond(s: &mut TcpStream, status: &str, ctype: &str, body: &[u8]) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\nCache-Control: no-store\r\nContent-Security-Policy: default-src 'self'\r\n\r\n",
        body.len()
    );
    let _ = s.write_all(head.as_bytes());
    let _ = s.write_all(body);
}

fn content_type(p: &Path) -> &'static str {
    match p.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "woff2" => "font/woff2",
        "json" => "application/json",
        _ => "application/octet-stream",
    }
}

fn handle(st: &State, mut s: TcpStream) {
    let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
    let mut r = BufReader::new(match s.try_clone() {
        Ok(c) => c,
        Err(_) => return,
    });
    let mut line = String::new();
    if r.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or("").to_string(), parts.next().unwrap_or("/").to_string());
    let mut len = 0usize;
    loop {
        let mut h = String::new();
        if r.read_line(&mut h).unwrap_or(0) == 0 || h == "\r\n" || h == "\n" {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            if k.trim().eq_ignore_ascii_case("content-length") {
                len = v.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0u8; len.min(16 << 20)];
    if r.read_exact(&mut body).is_err() {
        return;
    }
    let path = target.split('?').next().unwrap_or("/");
    if let Some(command) = path.strip_prefix("/api/") {
        if method != "POST" {
            return respond(&mut s, "405 Method Not Allowed", "text/plain", b"POST only");
        }
        let args: Value = if body.is_empty() { json!({}) } else { serde_json::from_slice(&body).unwrap_or(Value::Null) };
        match st.desk.call(command, args) {
            Ok(v) => respond(&mut s, "200 OK", "application/json", v.to_string().as_bytes()),
            Err(e) => respond(&mut s, "400 Bad Request", "application/json", json!(e).to_string().as_bytes()),
        }
        return;
    }
    // Static files from ui/dist only: no "..", unknown paths answer index.html.
    let rel = path.trim_start_matches('/');
    let file = if rel.is_empty() || rel.split('/').any(|c| c == ".." || c.is_empty()) { st.dist.join("index.html") } else { st.dist.join(rel) };
    let file = if file.is_file() { file } else { st.dist.join("index.html") };
    match std::fs::read(&file) {
        Ok(b) => respond(&mut s, "200 OK", content_type(&file), &b),
        Err(_) => respond(&mut s, "404 Not Found", "text/plain", b"not found"),
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut db = std::env::var("SAMUH_DB").ok().map(PathBuf::from);
    let mut dist = PathBuf::from("ui/dist");
    let mut out = None;
    let mut recent = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--db" => db = args.next().map(PathBuf::from),
            "--dist" => dist = args.next().map(PathBuf::from).unwrap_or(dist),
            "--out" => out = args.next().map(PathBuf::from),
            "--recent" => recent = args.next().map(PathBuf::from),
            _ => {
                eprintln!("usage: samuh-serve [--db BOOK] [--dist ui/dist] [--out FOLDER] [--recent FILE]   (test-only; exits when stdin closes)");
                std::process::exit(2);
            }
        }
    }
    let ms = |var: &str| Duration::from_millis(std::env::var(var).ok().and_then(|v| v.parse().ok()).unwrap_or(0));
    // Saving and printing both write into the --out folder (a browser cannot print a PDF for the
    // test to see). SAMUH_SERVE_STEP_MS and SAMUH_SERVE_CHECK_MS slow each step of a save and of
    // the background full check, so a browser test can watch their progress on a small book.
    let host = Host { print_dir: out.clone().unwrap_or_else(std::env::temp_dir), save_dir: Some(out.unwrap_or_else(std::env::temp_dir)), open: None, recent, step_pause: ms("SAMUH_SERVE_STEP_MS") };
    let desk = Desk::with_check(host, BookCheck::with_pause(ms("SAMUH_SERVE_CHECK_MS")));
    if let Some(p) = db {
        if let Err(e) = desk.open_at_start(&p) {
            eprintln!("{}", UiError::new(&e, Lang::En).message);
            std::process::exit(1);
        }
    }
    let st = Arc::new(State { desk, dist });
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    println!("listening http://{}", listener.local_addr().expect("address"));
    let _ = std::io::stdout().flush();
    // Bounded: the parent test holds our stdin; when it ends, so do we.
    std::thread::spawn(|| {
        let mut sink = Vec::new();
        let _ = std::io::stdin().read_to_end(&mut sink);
        std::process::exit(0);
    });
    for conn in listener.incoming().flatten() {
        let st = Arc::clone(&st);
        std::thread::spawn(move || handle(&st, conn));
    }
}
