//! Removable media mounted now (pen drives, SD cards), so a backup can be copied to one picked
//! from a list instead of a typed folder path.
//!
//! Linux: mounts under /media/<user>/ or /run/media/<user>/ (where desktops mount pen drives),
//! and any mount of a block device whose /sys/block/<disk>/removable is 1. macOS: /Volumes,
//! without the start-up disk. Windows: the drive letters Windows calls removable
//! (`GetDriveTypeW` = `DRIVE_REMOVABLE`) that hold a medium, with the volume's label.
//! The mounts table and the /sys/block folder, and Windows' answers per drive letter, are
//! parameters so tests feed fake ones.

use serde::Serialize;
use std::path::{Path, PathBuf};

/// A removable medium mounted now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct RemovableMedium {
    /// The folder it is mounted at; a backup is copied there.
    pub path: String,
    /// What a person recognises: the last part of the mount folder (usually the drive's label).
    pub label: String,
}

/// The removable media mounted now on this computer.
pub fn removable_media() -> Vec<RemovableMedium> {
    #[cfg(target_os = "linux")]
    {
        let mounts = std::fs::read_to_string("/proc/self/mounts").unwrap_or_default();
        let user = std::env::var("USER").unwrap_or_default();
        removable_from_mounts(&mounts, Path::new("/sys/block"), &user)
    }
    #[cfg(target_os = "macos")]
    {
        let mut out: Vec<RemovableMedium> = std::fs::read_dir("/Volumes")
            .into_iter()
            .flatten()
            .flatten()
            // The start-up disk appears in /Volumes as a link to /.
            .filter(|e| !e.file_type().map(|t| t.is_symlink()).unwrap_or(true))
            .map(|e| medium(e.path()))
            .collect();
        out.sort_by(|a, b| a.path.cmp(&b.path));
        out
    }
    #[cfg(windows)]
    {
        windows::drives()
    }
    #[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
    {
        Vec::new()
    }
}

/// What Windows says of one drive letter.
#[cfg_attr(not(windows), allow(dead_code))] // read on Windows; elsewhere by the tests
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DriveKind {
    /// A pen drive, an SD card or a card reader (`DRIVE_REMOVABLE`).
    Removable,
    /// A fixed or network disk, a CD drive, a RAM disk: not where a backup is carried away.
    Other,
}

/// The removable media among Windows' drive letters: `drives` gives each letter in use, its
/// kind, and its volume label (`None` when the drive holds no medium: a card reader without its
/// card, which cannot take a backup). Sorted by letter.
#[cfg_attr(not(windows), allow(dead_code))]
pub fn removable_from_drives(drives: &[(char, DriveKind, Option<String>)]) -> Vec<RemovableMedium> {
    let mut out: Vec<RemovableMedium> = drives
        .iter()
        .filter(|(_, kind, label)| *kind == DriveKind::Removable && label.is_some())
        .map(|(letter, _, label)| {
            let label = label.as_deref().map(str::trim).unwrap_or_default();
            // "KINGSTON (E:)", as Explorer names it; an unlabelled drive by its letter.
            let shown = if label.is_empty() { format!("{letter}:") } else { format!("{label} ({letter}:)") };
            RemovableMedium { path: format!("{letter}:\\"), label: shown }
        })
        .collect();
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

#[cfg(windows)]
mod windows {
    //! Windows' drive letters, asked of kernel32 (the `windows-sys` bindings).
    use super::{removable_from_drives, DriveKind, RemovableMedium};
    use windows_sys::Win32::Storage::FileSystem::{GetDriveTypeW, GetLogicalDrives, GetVolumeInformationW};
    use windows_sys::Win32::System::WindowsProgramming::DRIVE_REMOVABLE;

    pub(super) fn drives() -> Vec<RemovableMedium> {
        // SAFETY: takes no arguments; returns a bit mask of the drive letters in use.
        let mask = unsafe { GetLogicalDrives() };
        let mut drives = Vec::new();
        for (i, letter) in ('A'..='Z').enumerate() {
            if mask & (1 << i) == 0 {
                continue;
            }
            let root: Vec<u16> = format!("{letter}:\\").encode_utf16().chain(Some(0)).collect();
            // SAFETY: `root` is a NUL-terminated UTF-16 string that outlives the call.
            let kind = if unsafe { GetDriveTypeW(root.as_ptr()) } == DRIVE_REMOVABLE { DriveKind::Removable } else { DriveKind::Other };
            let label = if kind == DriveKind::Removable { volume_label(&root) } else { None };
            drives.push((letter, kind, label));
        }
        removable_from_drives(&drives)
    }

    /// The volume's label, or `None` when the drive holds no medium.
    fn volume_label(root: &[u16]) -> Option<String> {
        let mut name = [0u16; 261];
        // SAFETY: `root` is NUL-terminated; `name` is a writable buffer of the length passed;
        // the optional out-pointers are null, which the function accepts.
        let ok = unsafe {
            GetVolumeInformationW(
                root.as_ptr(),
                name.as_mut_ptr(),
                name.len() as u32,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                0,
            )
        };
        if ok == 0 {
            return None;
        }
        let end = name.iter().position(|&c| c == 0).unwrap_or(name.len());
        Some(String::from_utf16_lossy(&name[..end]))
    }
}

fn medium(path: PathBuf) -> RemovableMedium {
    let label = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.to_string_lossy().into_owned());
    RemovableMedium { path: path.to_string_lossy().into_owned(), label }
}

/// The removable media in a Linux mounts table (the text of /proc/self/mounts), with `sys_block`
/// standing for /sys/block and `user` the desktop user whose /media folder counts.
pub fn removable_from_mounts(mounts: &str, sys_block: &Path, user: &str) -> Vec<RemovableMedium> {
    let mut out: Vec<RemovableMedium> = Vec::new();
    for line in mounts.lines() {
        let mut f = line.split_whitespace();
        let (Some(dev), Some(at)) = (f.next(), f.next()) else { continue };
        let at = unescape(at);
        let under_media = !user.is_empty() && [format!("/media/{user}/"), format!("/run/media/{user}/")].iter().any(|p| at.starts_with(p.as_str()) && at.len() > p.len());
        if (under_media || is_removable(dev, sys_block)) && !out.iter().any(|m| m.path == at) {
            out.push(medium(PathBuf::from(at)));
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

/// The kernel writes a space in a mount folder as \040 (and tab, newline, backslash likewise).
fn unescape(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 3 < b.len() && b[i + 1..i + 4].iter().all(|c| (b'0'..=b'7').contains(c)) {
            out.push((b[i + 1] - b'0') * 64 + (b[i + 2] - b'0') * 8 + (b[i + 3] - b'0'));
            i += 4;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether a /dev device is (a partition of) a disk the kernel marks removable.
fn is_removable(dev: &str, sys_block: &Path) -> bool {
    let Some(name) = dev.strip_prefix("/dev/") else { return false };
    if name.is_empty() || name.contains('/') {
        return false;
    }
    let trimmed = name.trim_end_matches(|c: char| c.is_ascii_digit());
    // mmcblk0p1 and nvme0n1p1 name their partitions with a 'p' after the disk's own digit.
    let disk_of_p = trimmed.strip_suffix('p').filter(|d| d.ends_with(|c: char| c.is_ascii_digit()));
    [Some(name), disk_of_p, Some(trimmed)].into_iter().flatten().filter(|d| !d.is_empty()).any(|d| {
        std::fs::read_to_string(sys_block.join(d).join("removable")).map(|s| s.trim() == "1").unwrap_or(false)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sys(disks: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (d, v) in disks {
            std::fs::create_dir_all(dir.path().join(d)).unwrap();
            std::fs::write(dir.path().join(d).join("removable"), v).unwrap();
        }
        dir
    }

    #[test]
    fn pen_drives_are_found_by_media_folder_and_by_removable_flag() {
        let mounts = "\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
tmpfs /run tmpfs rw 0 0
/dev/sdb1 /media/asha/KINGSTON vfat rw,nosuid 0 0
/dev/sdc1 /mnt/backup\\040drive vfat rw 0 0
/dev/mmcblk0p1 /mnt/sd vfat rw 0 0
/dev/sda3 /home ext4 rw 0 0
/dev/sdd1 /run/media/asha/My\\040Files exfat rw 0 0
/dev/sde1 /media/ravi/OTHER vfat rw 0 0
";
        // sda is the internal disk (0); sdc and mmcblk0 are marked removable; sdb and sdd are
        // under asha's media folders whatever their flag; sde is another user's.
        let s = sys(&[("sda", "0\n"), ("sdb", "0\n"), ("sdc", "1\n"), ("mmcblk0", "1\n"), ("sde", "0\n")]);
        let found = removable_from_mounts(mounts, s.path(), "asha");
        let paths: Vec<&str> = found.iter().map(|m| m.path.as_str()).collect();
        assert_eq!(paths, vec!["/media/asha/KINGSTON", "/mnt/backup drive", "/mnt/sd", "/run/media/asha/My Files"]);
        let labels: Vec<&str> = found.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, vec!["KINGSTON", "backup drive", "sd", "My Files"]);
    }

    #[test]
    fn windows_lists_its_removable_drives_that_hold_a_medium() {
        let drives = [
            ('C', DriveKind::Other, Some("Windows".to_string())),
            ('F', DriveKind::Removable, Some(String::new())),
            ('E', DriveKind::Removable, Some("KINGSTON".to_string())),
            ('D', DriveKind::Other, Some("DVD".to_string())),
            // A card reader with no card in it.
            ('G', DriveKind::Removable, None),
            ('Z', DriveKind::Other, Some("share".to_string())),
        ];
        let found = removable_from_drives(&drives);
        let paths: Vec<&str> = found.iter().map(|m| m.path.as_str()).collect();
        assert_eq!(paths, vec!["E:\\", "F:\\"]);
        let labels: Vec<&str> = found.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, vec!["KINGSTON (E:)", "F:"]);
        assert!(removable_from_drives(&[('C', DriveKind::Other, Some("Windows".into()))]).is_empty());
    }

    #[test]
    fn no_removable_media_gives_an_empty_list() {
        let mounts = "/dev/nvme0n1p2 / ext4 rw 0 0\n/dev/nvme0n1p1 /boot/efi vfat rw 0 0\n";
        let s = sys(&[("nvme0n1", "0\n")]);
        assert!(removable_from_mounts(mounts, s.path(), "asha").is_empty());
        // The media folder itself is not a medium.
        assert!(removable_from_mounts("tmpfs /media/asha/ tmpfs rw 0 0\n", s.path(), "asha").is_empty());
    }
}
