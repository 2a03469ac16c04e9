//! A fault-injecting SQLite VFS for tests, over the plain sqlite3 C API (`rusqlite::ffi`), so it
//! works with both the `bundled` and the SQLCipher builds.
//!
//! It wraps the default (unix) VFS and delegates every call to it, so the files on disk are
//! real. Files opened under a registered [`Scope`] directory are *tracked*: the VFS counts their
//! reads, writes, truncates and syncs, and can
//!
//! * record every write/truncate/sync in order, so that for any I/O step `k` of a workload the
//!   test can rebuild the **power-loss image** the disk could hold if the power went out just
//!   after step `k`: for each file, its durable content (as of its last `xSync`) plus
//!   - `Drop`: none of the writes made since,
//!   - `Reorder`: a random subset of them, applied in a random order,
//!   - `Tear`: the writes in order up to a random one, of which only a prefix of its 512-byte
//!     sectors reached the disk.
//!
//!   The `-shm` file is never durable (SQLite rebuilds it from the WAL), so images leave it out.
//!   `xSync` itself is not passed on: durability is modelled here, not asked of the real disk,
//!   which keeps a sweep over every step fast.
//! * inject an I/O error at the Nth operation, once or persistently: `SQLITE_IOERR_READ`,
//!   `_WRITE`, `_TRUNCATE` or `_FSYNC` by operation, or `SQLITE_FULL` on writes for a full disk.
//!
//! [`install`] registers the VFS as `faultvfs` and makes it the process default, so that code
//! which opens files itself (restore opens the backup read-only) goes through it too; files
//! outside every scope pass straight through.
#![allow(dead_code)]

use rusqlite::ffi;
use std::collections::HashMap;
use std::ffi::{c_char, c_int, c_void, CStr};
use std::sync::{Arc, Mutex, Once};

pub const VFS_NAME: &str = "faultvfs";
pub const SECTOR: usize = 512;

/// One recorded I/O step or file event of a scope.
#[derive(Debug, Clone)]
enum Event {
    /// A tracked file came into existence (or was first seen) with this durable content.
    Appear { file: usize, content: Vec<u8> },
    Write { file: usize, off: u64, data: Vec<u8> },
    Truncate { file: usize, size: u64 },
    Sync { file: usize },
    /// `xDelete`: the name is gone (treated as durable at once).
    Delete { file: usize },
}

impl Event {
    fn is_step(&self) -> bool {
        matches!(self, Event::Write { .. } | Event::Truncate { .. } | Event::Sync { .. })
    }
}

/// What kind of error an armed fault injects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultKind {
    /// Every operation counts; each fails with its own SQLITE_IOERR_* code.
    Io,
    /// Only writes count and fail, with SQLITE_FULL.
    DiskFull,
}

#[derive(Debug, Clone, Copy)]
struct Fault {
    at: u64,
    persistent: bool,
    kind: FaultKind,
}

#[derive(Default)]
struct State {
    recording: bool,
    events: Vec<Event>,
    steps: u64,
    names: Vec<String>,
    ids: HashMap<String, usize>,
    live: Vec<bool>,
    fault: Option<Fault>,
    /// Operations counted since the fault was armed (or the counter reset).
    ops: u64,
    fired: u64,
}

/// A directory whose files the VFS tracks. Unregistered when dropped.
pub struct Scope {
    root: String,
    state: Mutex<State>,
}

static SCOPES: Mutex<Vec<Arc<Scope>>> = Mutex::new(Vec::new());

pub struct ScopeGuard(pub Arc<Scope>);

impl Drop for ScopeGuard {
    fn drop(&mut self) {
        SCOPES.lock().unwrap().retain(|s| !Arc::ptr_eq(s, &self.0));
    }
}

impl std::ops::Deref for ScopeGuard {
    type Target = Scope;
    fn deref(&self) -> &Scope {
        &self.0
    }
}

/// Tracks every file opened under `dir` (which must exist) until the guard is dropped.
pub fn scope(dir: &std::path::Path) -> ScopeGuard {
    install();
    let root = std::fs::canonicalize(dir).unwrap().display().to_string();
    let s = Arc::new(Scope { root: format!("{root}/"), state: Mutex::new(State::default()) });
    SCOPES.lock().unwrap().push(s.clone());
    ScopeGuard(s)
}

fn scope_of(path: &str) -> Option<(Arc<Scope>, String)> {
    let scopes = SCOPES.lock().unwrap();
    scopes.iter().find_map(|s| path.strip_prefix(&s.root).map(|rel| (s.clone(), rel.to_string())))
}

impl Scope {
    /// Starts recording writes for power-loss images.
    pub fn record(&self) {
        self.state.lock().unwrap().recording = true;
    }
    /// I/O steps (writes, truncates, syncs of tracked files) recorded so far.
    pub fn steps(&self) -> u64 {
        self.state.lock().unwrap().steps
    }
    /// Arms a fault at the `at`th operation from now (1-based); resets the operation counter.
    pub fn arm(&self, at: u64, persistent: bool, kind: FaultKind) {
        let mut s = self.state.lock().unwrap();
        s.fault = Some(Fault { at, persistent, kind });
        s.ops = 0;
        s.fired = 0;
    }
    /// Removes the fault; answers (operations counted, faults fired) since it was armed.
    pub fn disarm(&self) -> (u64, u64) {
        let mut s = self.state.lock().unwrap();
        s.fault = None;
        (s.ops, s.fired)
    }

    /// The files the disk could hold after a power loss just after I/O step `k` (0 = before
    /// the first), by name relative to the scope root; `None` for a file that does not exist.
    /// The `-shm` file is left out.
    pub fn power_loss_image(&self, k: u64, mode: Loss, rng: &mut Rng) -> Vec<(String, Option<Vec<u8>>)> {
        let s = self.state.lock().unwrap();
        let n = s.names.len();
        let mut durable: Vec<Option<Vec<u8>>> = vec![None; n];
        let mut pending: Vec<Vec<&Event>> = vec![Vec::new(); n];
        let mut step = 0u64;
        for e in &s.events {
            if e.is_step() {
                if step == k {
                    break;
                }
                step += 1;
            }
            match e {
                Event::Appear { file, content } => {
                    durable[*file] = Some(content.clone());
                    pending[*file].clear();
                }
                Event::Write { file, .. } | Event::Truncate { file, .. } => pending[*file].push(e),
                Event::Sync { file } => {
                    let img = durable[*file].get_or_insert_with(Vec::new);
                    for p in pending[*file].drain(..) {
                        apply(img, p, usize::MAX);
                    }
                }
                Event::Delete { file } => {
                    durable[*file] = None;
                    pending[*file].clear();
                }
            }
        }
        // The one file whose next unsynced write is torn, for `Tear`.
        let with_pending: Vec<usize> = (0..n).filter(|&f| durable[f].is_some() && !pending[f].is_empty()).collect();
        let torn_file = if with_pending.is_empty() { None } else { Some(with_pending[rng.below(with_pending.len() as u64) as usize]) };
        let mut out = Vec::new();
        for f in 0..n {
            if s.names[f].ends_with("-shm") {
                continue;
            }
            let Some(mut img) = durable[f].take() else {
                out.push((s.names[f].clone(), None));
                continue;
            };
            let p = &pending[f];
            match mode {
                Loss::Drop => {}
                Loss::Reorder => {
                    let mut chosen: Vec<&Event> = p.iter().copied().filter(|_| rng.below(2) == 0).collect();
                    rng.shuffle(&mut chosen);
                    for e in chosen {
                        apply(&mut img, e, usize::MAX);
                    }
                }
                Loss::Tear => {
                    let upto = if p.is_empty() { 0 } else { rng.below(p.len() as u64) as usize };
                    for e in &p[..upto] {
                        apply(&mut img, e, usize::MAX);
                    }
                    if torn_file == Some(f) {
                        if let Some(Event::Write { data, .. }) = p.get(upto) {
                            let sectors = data.len().div_ceil(SECTOR);
                            // Strictly fewer sectors than the whole write.
                            let keep = rng.below(sectors.max(1) as u64) as usize;
                            apply(&mut img, p[upto], keep * SECTOR);
                        }
                    }
                }
            }
            out.push((s.names[f].clone(), Some(img)));
        }
        out
    }

    /// Counts an operation on a tracked file and answers the error code to inject, if any.
    fn op(&self, what: Op) -> Option<c_int> {
        let mut s = self.state.lock().unwrap();
        let f = s.fault?;
        if f.kind == FaultKind::DiskFull && what != Op::Write {
            return None;
        }
        s.ops += 1;
        let hit = if f.persistent { s.ops >= f.at } else { s.ops == f.at };
        if !hit {
            return None;
        }
        s.fired += 1;
        Some(match (f.kind, what) {
            (FaultKind::DiskFull, _) => ffi::SQLITE_FULL,
            (_, Op::Read) => ffi::SQLITE_IOERR_READ,
            (_, Op::Write) => ffi::SQLITE_IOERR_WRITE,
            (_, Op::Truncate) => ffi::SQLITE_IOERR_TRUNCATE,
            (_, Op::Sync) => ffi::SQLITE_IOERR_FSYNC,
        })
    }

    fn file_id(s: &mut State, rel: &str) -> usize {
        if let Some(&id) = s.ids.get(rel) {
            return id;
        }
        let id = s.names.len();
        s.names.push(rel.to_string());
        s.ids.insert(rel.to_string(), id);
        s.live.push(false);
        id
    }

    fn log(&self, e: impl FnOnce(&mut State) -> Event) {
        let mut s = self.state.lock().unwrap();
        if !s.recording {
            return;
        }
        let e = e(&mut s);
        if e.is_step() {
            s.steps += 1;
        }
        s.events.push(e);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Read,
    Write,
    Truncate,
    Sync,
}

/// How unsynced writes fare in a power loss.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loss {
    Drop,
    Reorder,
    Tear,
}

/// Applies a write (only its first `limit` bytes) or a truncate to an image.
fn apply(img: &mut Vec<u8>, e: &Event, limit: usize) {
    match e {
        Event::Write { off, data, .. } => {
            let data = &data[..data.len().min(limit)];
            let off = *off as usize;
            if img.len() < off + data.len() {
                img.resize(off + data.len(), 0);
            }
            img[off..off + data.len()].copy_from_slice(data);
        }
        Event::Truncate { size, .. } => img.resize(*size as usize, 0),
        _ => {}
    }
}

/// splitmix64: a fixed-seed source of choices, so that a failure can be replayed.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            v.swap(i, j);
        }
    }
}

// ---- the VFS itself ----

#[repr(C)]
struct FaultFile {
    base: ffi::sqlite3_file,
    /// The real (unix) file, placed right after this struct in the same allocation.
    real: *mut ffi::sqlite3_file,
    /// Tracking, when the file is under a scope: (scope, file id). Boxed, freed in xClose.
    track: *mut (Arc<Scope>, usize),
}

const REAL_OFFSET: usize = (std::mem::size_of::<FaultFile>() + 15) & !15;

static mut BASE: *mut ffi::sqlite3_vfs = std::ptr::null_mut();
static INSTALL: Once = Once::new();

/// Registers the VFS (once per process) as the default, over the previous default.
pub fn install() {
    INSTALL.call_once(|| unsafe {
        let base = ffi::sqlite3_vfs_find(std::ptr::null());
        assert!(!base.is_null(), "no default SQLite VFS");
        BASE = base;
        let mut v: ffi::sqlite3_vfs = *base;
        v.pNext = std::ptr::null_mut();
        v.zName = c"faultvfs".as_ptr();
        v.szOsFile = (REAL_OFFSET as c_int) + (*base).szOsFile;
        v.xOpen = Some(x_open);
        v.xDelete = Some(x_delete);
        let v = Box::leak(Box::new(v));
        let rc = ffi::sqlite3_vfs_register(v, 1);
        assert_eq!(rc, ffi::SQLITE_OK);
    });
}

fn base() -> *mut ffi::sqlite3_vfs {
    unsafe { BASE }
}

unsafe fn tracked(p: *mut ffi::sqlite3_file) -> Option<&'static (Arc<Scope>, usize)> {
    let f = p as *mut FaultFile;
    if (*f).track.is_null() {
        None
    } else {
        Some(&*(*f).track)
    }
}

unsafe fn real(p: *mut ffi::sqlite3_file) -> *mut ffi::sqlite3_file {
    (*(p as *mut FaultFile)).real
}

unsafe fn rm(p: *mut ffi::sqlite3_file) -> &'static ffi::sqlite3_io_methods {
    &*(*real(p)).pMethods
}

unsafe extern "C" fn x_open(
    _vfs: *mut ffi::sqlite3_vfs,
    name: ffi::sqlite3_filename,
    file: *mut ffi::sqlite3_file,
    flags: c_int,
    out_flags: *mut c_int,
) -> c_int {
    let f = file as *mut FaultFile;
    let real = (file as *mut u8).add(REAL_OFFSET) as *mut ffi::sqlite3_file;
    (*f).base.pMethods = std::ptr::null();
    (*f).real = real;
    (*f).track = std::ptr::null_mut();
    let b = base();
    let rc = ((*b).xOpen.unwrap())(b, name, real, flags, out_flags);
    if rc != ffi::SQLITE_OK {
        return rc;
    }
    (*f).base.pMethods = &METHODS;
    if !name.is_null() {
        let path = CStr::from_ptr(name).to_string_lossy().into_owned();
        if let Some((scope, rel)) = scope_of(&path) {
            let id = {
                let mut s = scope.state.lock().unwrap();
                let id = Scope::file_id(&mut s, &rel);
                if s.recording && !s.live[id] {
                    let content = std::fs::read(&path).unwrap_or_default();
                    s.events.push(Event::Appear { file: id, content });
                }
                s.live[id] = true;
                id
            };
            (*f).track = Box::into_raw(Box::new((scope, id)));
        }
    }
    ffi::SQLITE_OK
}

unsafe extern "C" fn x_delete(_vfs: *mut ffi::sqlite3_vfs, name: *const c_char, sync_dir: c_int) -> c_int {
    let b = base();
    let rc = ((*b).xDelete.unwrap())(b, name, sync_dir);
    if rc == ffi::SQLITE_OK && !name.is_null() {
        let path = CStr::from_ptr(name).to_string_lossy().into_owned();
        if let Some((scope, rel)) = scope_of(&path) {
            let mut s = scope.state.lock().unwrap();
            let id = Scope::file_id(&mut s, &rel);
            s.live[id] = false;
            if s.recording {
                s.events.push(Event::Delete { file: id });
            }
        }
    }
    rc
}

unsafe extern "C" fn x_close(p: *mut ffi::sqlite3_file) -> c_int {
    let rc = (rm(p).xClose.unwrap())(real(p));
    let f = p as *mut FaultFile;
    if !(*f).track.is_null() {
        drop(Box::from_raw((*f).track));
        (*f).track = std::ptr::null_mut();
    }
    rc
}

unsafe extern "C" fn x_read(p: *mut ffi::sqlite3_file, buf: *mut c_void, amt: c_int, off: i64) -> c_int {
    if let Some((scope, _)) = tracked(p) {
        if let Some(rc) = scope.op(Op::Read) {
            return rc;
        }
    }
    (rm(p).xRead.unwrap())(real(p), buf, amt, off)
}

unsafe extern "C" fn x_write(p: *mut ffi::sqlite3_file, buf: *const c_void, amt: c_int, off: i64) -> c_int {
    if let Some((scope, id)) = tracked(p) {
        if let Some(rc) = scope.op(Op::Write) {
            return rc;
        }
        let rc = (rm(p).xWrite.unwrap())(real(p), buf, amt, off);
        if rc == ffi::SQLITE_OK {
            let data = std::slice::from_raw_parts(buf as *const u8, amt as usize).to_vec();
            scope.log(|_| Event::Write { file: *id, off: off as u64, data });
        }
        return rc;
    }
    (rm(p).xWrite.unwrap())(real(p), buf, amt, off)
}

unsafe extern "C" fn x_truncate(p: *mut ffi::sqlite3_file, size: i64) -> c_int {
    if let Some((scope, id)) = tracked(p) {
        if let Some(rc) = scope.op(Op::Truncate) {
            return rc;
        }
        let rc = (rm(p).xTruncate.unwrap())(real(p), size);
        if rc == ffi::SQLITE_OK {
            scope.log(|_| Event::Truncate { file: *id, size: size as u64 });
        }
        return rc;
    }
    (rm(p).xTruncate.unwrap())(real(p), size)
}

unsafe extern "C" fn x_sync(p: *mut ffi::sqlite3_file, flags: c_int) -> c_int {
    if let Some((scope, id)) = tracked(p) {
        if let Some(rc) = scope.op(Op::Sync) {
            return rc;
        }
        // Durability is modelled by the recorded events; the real fsync is skipped for speed.
        scope.log(|_| Event::Sync { file: *id });
        return ffi::SQLITE_OK;
    }
    (rm(p).xSync.unwrap())(real(p), flags)
}

unsafe extern "C" fn x_file_size(p: *mut ffi::sqlite3_file, size: *mut i64) -> c_int {
    (rm(p).xFileSize.unwrap())(real(p), size)
}
unsafe extern "C" fn x_lock(p: *mut ffi::sqlite3_file, l: c_int) -> c_int {
    (rm(p).xLock.unwrap())(real(p), l)
}
unsafe extern "C" fn x_unlock(p: *mut ffi::sqlite3_file, l: c_int) -> c_int {
    (rm(p).xUnlock.unwrap())(real(p), l)
}
unsafe extern "C" fn x_check_reserved_lock(p: *mut ffi::sqlite3_file, out: *mut c_int) -> c_int {
    (rm(p).xCheckReservedLock.unwrap())(real(p), out)
}
unsafe extern "C" fn x_file_control(p: *mut ffi::sqlite3_file, op: c_int, arg: *mut c_void) -> c_int {
    (rm(p).xFileControl.unwrap())(real(p), op, arg)
}
unsafe extern "C" fn x_sector_size(p: *mut ffi::sqlite3_file) -> c_int {
    (rm(p).xSectorSize.unwrap())(real(p))
}
unsafe extern "C" fn x_device_characteristics(p: *mut ffi::sqlite3_file) -> c_int {
    (rm(p).xDeviceCharacteristics.unwrap())(real(p))
}
unsafe extern "C" fn x_shm_map(p: *mut ffi::sqlite3_file, pg: c_int, pgsz: c_int, extend: c_int, pp: *mut *mut c_void) -> c_int {
    match rm(p).xShmMap {
        Some(f) => f(real(p), pg, pgsz, extend, pp),
        None => ffi::SQLITE_IOERR_SHMMAP,
    }
}
unsafe extern "C" fn x_shm_lock(p: *mut ffi::sqlite3_file, off: c_int, n: c_int, flags: c_int) -> c_int {
    match rm(p).xShmLock {
        Some(f) => f(real(p), off, n, flags),
        None => ffi::SQLITE_IOERR_SHMLOCK,
    }
}
unsafe extern "C" fn x_shm_barrier(p: *mut ffi::sqlite3_file) {
    if let Some(f) = rm(p).xShmBarrier {
        f(real(p))
    }
}
unsafe extern "C" fn x_shm_unmap(p: *mut ffi::sqlite3_file, delete: c_int) -> c_int {
    match rm(p).xShmUnmap {
        Some(f) => f(real(p), delete),
        None => ffi::SQLITE_OK,
    }
}
unsafe extern "C" fn x_fetch(p: *mut ffi::sqlite3_file, off: i64, amt: c_int, pp: *mut *mut c_void) -> c_int {
    // Tracked files are never memory-mapped, so that every read goes through xRead.
    if tracked(p).is_some() || rm(p).iVersion < 3 || rm(p).xFetch.is_none() {
        *pp = std::ptr::null_mut();
        return ffi::SQLITE_OK;
    }
    (rm(p).xFetch.unwrap())(real(p), off, amt, pp)
}
unsafe extern "C" fn x_unfetch(p: *mut ffi::sqlite3_file, off: i64, ptr: *mut c_void) -> c_int {
    if tracked(p).is_some() || rm(p).iVersion < 3 || rm(p).xUnfetch.is_none() {
        return ffi::SQLITE_OK;
    }
    (rm(p).xUnfetch.unwrap())(real(p), off, ptr)
}

static METHODS: ffi::sqlite3_io_methods = ffi::sqlite3_io_methods {
    iVersion: 3,
    xClose: Some(x_close),
    xRead: Some(x_read),
    xWrite: Some(x_write),
    xTruncate: Some(x_truncate),
    xSync: Some(x_sync),
    xFileSize: Some(x_file_size),
    xLock: Some(x_lock),
    xUnlock: Some(x_unlock),
    xCheckReservedLock: Some(x_check_reserved_lock),
    xFileControl: Some(x_file_control),
    xSectorSize: Some(x_sector_size),
    xDeviceCharacteristics: Some(x_device_characteristics),
    xShmMap: Some(x_shm_map),
    xShmLock: Some(x_shm_lock),
    xShmBarrier: Some(x_shm_barrier),
    xShmUnmap: Some(x_shm_unmap),
    xFetch: Some(x_fetch),
    xUnfetch: Some(x_unfetch),
};
