//! `languages.toml`: how each language compiles and runs, loaded once.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::{Deserialize, Serialize};

const BUILTIN: &str = include_str!("../languages.toml");

#[derive(Debug, Deserialize)]
struct File {
    #[serde(default)]
    defaults: Defaults,
    languages: BTreeMap<String, Entry>,
}

#[derive(Debug, Default, Deserialize)]
struct Defaults {
    #[serde(default)]
    mounts: Vec<String>,
    #[serde(default)]
    env: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    name: String,
    source: String,
    #[serde(default)]
    compile: Option<Vec<String>>,
    #[serde(default)]
    artifacts: Vec<String>,
    run: Vec<String>,
    #[serde(default)]
    mounts: Vec<String>,
    #[serde(default)]
    env: Vec<String>,
    #[serde(default)]
    sysroot_command: Option<Vec<String>>,
    version: Vec<String>,
    #[serde(default)]
    install: String,
    #[serde(default)]
    max_processes: Option<u64>,
    #[serde(default)]
    memory_extra_mb: u64,
}

/// One configured language, with `{sysroot}` already resolved.
#[derive(Debug, Clone, Serialize)]
pub struct Language {
    pub id: String,
    pub name: String,
    /// File name the user's code is saved as (Java's entry class is `Main`).
    pub source: String,
    pub compile: Option<Vec<String>>,
    pub artifacts: Vec<String>,
    pub run: Vec<String>,
    pub mounts: Vec<PathBuf>,
    pub env: Vec<String>,
    pub version: Vec<String>,
    pub install: String,
    pub max_processes: Option<u64>,
    pub memory_extra_mb: u64,
    /// Set when the toolchain could not be located (sysroot command failed).
    pub missing: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum LanguagesError {
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
}

#[derive(Debug, Clone)]
pub struct Languages {
    by_id: BTreeMap<String, Language>,
}

impl Languages {
    /// The built-in table, or the operator's file.
    pub fn load(path: Option<&Path>) -> Result<Languages, LanguagesError> {
        let (name, text) = match path {
            None => ("languages.toml (built in)".to_string(), BUILTIN.to_string()),
            Some(p) => (
                p.display().to_string(),
                std::fs::read_to_string(p).map_err(|e| LanguagesError::Invalid {
                    path: p.display().to_string(),
                    message: e.to_string(),
                })?,
            ),
        };
        let file: File = toml::from_str(&text).map_err(|e| LanguagesError::Invalid {
            path: name.clone(),
            message: e.to_string(),
        })?;
        let mut by_id = BTreeMap::new();
        for (id, e) in file.languages {
            if e.run.is_empty() || e.source.contains('/') || e.source.is_empty() {
                return Err(LanguagesError::Invalid {
                    path: name,
                    message: format!("languages.{id}: needs `run` and a plain `source` file name"),
                });
            }
            by_id.insert(id.clone(), resolve(id, e, &file.defaults));
        }
        Ok(Languages { by_id })
    }

    pub fn get(&self, id: &str) -> Option<&Language> {
        self.by_id.get(id)
    }

    pub fn all(&self) -> impl Iterator<Item = &Language> {
        self.by_id.values()
    }

    pub fn ids(&self) -> Vec<&str> {
        self.by_id.keys().map(String::as_str).collect()
    }

    /// The language a file name's extension suggests (for reference solutions
    /// and custom checkers).
    pub fn for_file(&self, file: &str) -> Option<&Language> {
        let ext = Path::new(file).extension()?.to_str()?;
        self.all()
            .find(|l| Path::new(&l.source).extension().and_then(|e| e.to_str()) == Some(ext))
    }
}

fn resolve(id: String, e: Entry, defaults: &Defaults) -> Language {
    let mut missing = None;
    let sysroot = match &e.sysroot_command {
        None => String::new(),
        Some(cmd) => match Command::new(&cmd[0]).args(&cmd[1..]).output() {
            Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout)
                .lines()
                .next()
                .unwrap_or("")
                .trim()
                .to_string(),
            _ => {
                missing = Some(format!("`{}` failed", cmd.join(" ")));
                String::new()
            }
        },
    };
    let sub = |s: &String| s.replace("{sysroot}", &sysroot);
    let subs = |v: &Vec<String>| v.iter().map(sub).collect::<Vec<_>>();
    let mut mounts: Vec<PathBuf> = defaults
        .mounts
        .iter()
        .chain(&e.mounts)
        .map(|m| PathBuf::from(sub(m)))
        .collect();
    mounts.retain(|m| m.is_absolute());
    Language {
        id,
        name: e.name,
        source: e.source,
        compile: e.compile.as_ref().map(subs),
        artifacts: e.artifacts,
        run: subs(&e.run),
        mounts,
        env: defaults.env.iter().chain(&e.env).cloned().collect(),
        version: subs(&e.version),
        install: e.install,
        max_processes: e.max_processes,
        memory_extra_mb: e.memory_extra_mb,
        missing,
    }
}

impl Language {
    /// Whether the toolchain answers on this host (outside any box), with its
    /// version line: for when no sandbox can be had. [`crate::Judge::probe`]
    /// asks inside the box, which is what runs need.
    pub fn probe_on_host(&self) -> Result<String, String> {
        if let Some(m) = &self.missing {
            return Err(m.clone());
        }
        let out = Command::new(&self.version[0])
            .args(&self.version[1..])
            .output()
            .map_err(|e| format!("{}: {e}", self.version[0]))?;
        first_line(out.status.success(), &out.stdout, &out.stderr)
    }
}

/// The first line a version command printed (stdout, else stderr), as the
/// answer when it succeeded and as the reason when it did not.
pub(crate) fn first_line(ok: bool, stdout: &[u8], stderr: &[u8]) -> Result<String, String> {
    let text = if stdout.is_empty() { stderr } else { stdout };
    let line = String::from_utf8_lossy(text)
        .lines()
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    if ok { Ok(line) } else { Err(line) }
}
