use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use super::PackageError;

/// Size limits for one package.
#[derive(Debug, Clone)]
pub struct Limits {
    pub max_files: usize,
    pub max_file_bytes: u64,
    pub max_total_bytes: u64,
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_files: 5_000,
            max_file_bytes: 32 * 1024 * 1024,
            max_total_bytes: 256 * 1024 * 1024,
            max_depth: 8,
        }
    }
}

/// The regular files of a package: relative `/`-separated path → contents.
#[derive(Debug, Default, Clone)]
pub struct Files(pub BTreeMap<String, Vec<u8>>);

/// A relative path made only of normal components; anything else is refused.
fn clean_path(raw: &str, limits: &Limits) -> Result<String, PackageError> {
    let parts: Vec<&str> = raw
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    let bad = raw.starts_with('/')
        || raw.contains('\\')
        || raw.contains('\0')
        || parts.is_empty()
        || parts.iter().any(|p| *p == ".." || p.contains(':'));
    if bad {
        return Err(PackageError::rejected(raw, "unsafe path in package"));
    }
    if parts.len() > limits.max_depth {
        return Err(PackageError::rejected(raw, "path nested too deeply"));
    }
    Ok(parts.join("/"))
}

impl Files {
    fn insert(
        &mut self,
        path: String,
        data: Vec<u8>,
        total: &mut u64,
        limits: &Limits,
    ) -> Result<(), PackageError> {
        if self.0.len() >= limits.max_files {
            return Err(PackageError::rejected(
                path,
                format!("package has more than {} files", limits.max_files),
            ));
        }
        *total += data.len() as u64;
        if *total > limits.max_total_bytes {
            return Err(PackageError::rejected(
                path,
                format!("package is larger than {} bytes", limits.max_total_bytes),
            ));
        }
        self.0.insert(path, data);
        Ok(())
    }

    /// Walk a directory without following any symbolic link; a link anywhere is an error.
    pub fn from_dir(root: &Path, limits: &Limits) -> Result<Files, PackageError> {
        let mut files = Files::default();
        let mut total = 0u64;
        let mut stack = vec![(root.to_path_buf(), String::new())];
        while let Some((dir, rel)) = stack.pop() {
            let io = |source| PackageError::Io {
                path: dir.display().to_string(),
                source,
            };
            let mut entries: Vec<_> = std::fs::read_dir(&dir)
                .map_err(io)?
                .collect::<Result<_, _>>()
                .map_err(io)?;
            entries.sort_by_key(|e| e.file_name());
            for entry in entries {
                let name = entry.file_name();
                let name = name.to_str().ok_or_else(|| {
                    PackageError::rejected(format!("{rel}{name:?}"), "file name is not UTF-8")
                })?;
                let path = clean_path(&format!("{rel}{name}"), limits)?;
                // symlink_metadata never follows the link itself.
                let meta = entry
                    .path()
                    .symlink_metadata()
                    .map_err(|source| PackageError::Io {
                        path: path.clone(),
                        source,
                    })?;
                let ft = meta.file_type();
                if ft.is_symlink() {
                    return Err(PackageError::rejected(
                        path,
                        "symbolic links are not allowed",
                    ));
                } else if ft.is_dir() {
                    if name.starts_with('.') {
                        continue;
                    }
                    stack.push((entry.path(), format!("{path}/")));
                } else if ft.is_file() {
                    if meta.len() > limits.max_file_bytes {
                        return Err(PackageError::rejected(
                            path,
                            format!("file is larger than {} bytes", limits.max_file_bytes),
                        ));
                    }
                    let data =
                        read_no_follow(&entry.path(), limits.max_file_bytes).map_err(|source| {
                            PackageError::Io {
                                path: path.clone(),
                                source,
                            }
                        })?;
                    files.insert(path, data, &mut total, limits)?;
                } else {
                    return Err(PackageError::rejected(
                        path,
                        "not a regular file or directory",
                    ));
                }
            }
        }
        Ok(files)
    }

    /// Read a zip archive in memory. Sizes are enforced on the bytes actually
    /// inflated, not on what the archive claims (zip bombs lie).
    pub fn from_zip(data: &[u8], limits: &Limits) -> Result<Files, PackageError> {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(data)).map_err(|e| {
            PackageError::rejected("<zip>", format!("not a valid zip archive: {e}"))
        })?;
        if archive.len() > limits.max_files * 2 {
            return Err(PackageError::rejected("<zip>", "too many entries"));
        }
        let mut files = Files::default();
        let mut total = 0u64;
        for i in 0..archive.len() {
            let mut entry = archive
                .by_index(i)
                .map_err(|e| PackageError::rejected("<zip>", format!("bad entry {i}: {e}")))?;
            let raw = entry.name().to_string();
            if entry.is_dir() {
                clean_path(raw.trim_end_matches('/'), limits)?;
                continue;
            }
            let path = clean_path(&raw, limits)?;
            if entry.is_symlink() {
                return Err(PackageError::rejected(
                    path,
                    "symbolic links are not allowed",
                ));
            }
            let mut buf = Vec::new();
            (&mut entry)
                .take(limits.max_file_bytes + 1)
                .read_to_end(&mut buf)
                .map_err(|e| {
                    PackageError::rejected(path.clone(), format!("cannot inflate: {e}"))
                })?;
            if buf.len() as u64 > limits.max_file_bytes {
                return Err(PackageError::rejected(
                    path,
                    format!("file is larger than {} bytes", limits.max_file_bytes),
                ));
            }
            files.insert(path, buf, &mut total, limits)?;
        }
        Ok(files.strip_single_root())
    }

    /// Archives often wrap everything in one top folder (`slug/problem.yaml`).
    fn strip_single_root(self) -> Files {
        if self.0.contains_key("problem.yaml") {
            return self;
        }
        let mut roots = self
            .0
            .keys()
            .map(|k| k.split('/').next().unwrap_or_default());
        let first = roots.next().map(str::to_string);
        match first {
            Some(root)
                if roots.all(|r| r == root)
                    && self.0.contains_key(&format!("{root}/problem.yaml")) =>
            {
                let cut = root.len() + 1;
                Files(
                    self.0
                        .into_iter()
                        .map(|(k, v)| (k[cut..].to_string(), v))
                        .collect(),
                )
            }
            _ => self,
        }
    }

    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.0.get(path).map(Vec::as_slice)
    }

    pub fn take(&mut self, path: &str) -> Option<Vec<u8>> {
        self.0.remove(path)
    }

    /// Paths under `dir/` (sorted).
    pub fn under(&self, dir: &str) -> Vec<String> {
        let prefix = format!("{dir}/");
        self.0
            .keys()
            .filter(|k| k.starts_with(&prefix))
            .cloned()
            .collect()
    }
}

/// Open with O_NOFOLLOW so a file swapped for a link after the walk is refused.
fn read_no_follow(path: &Path, max: u64) -> std::io::Result<Vec<u8>> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)?;
    let mut buf = Vec::new();
    file.take(max + 1).read_to_end(&mut buf)?;
    if buf.len() as u64 > max {
        return Err(std::io::Error::other("file grew past the size limit"));
    }
    Ok(buf)
}
