//! Reading problem packages from disk for `problems import` and the first-start
//! import of the bundled pack.

use std::path::PathBuf;

use anyhow::{Context, bail};
use problem::ProblemSpec;

/// Expand each path into package locations: a package directory or a `.zip`
/// stays as it is; any other directory stands for the packages inside it.
pub fn package_paths(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        let meta =
            std::fs::symlink_metadata(path).with_context(|| format!("{}", path.display()))?;
        if meta.is_dir() && !path.join("problem.yaml").exists() {
            let mut inner: Vec<PathBuf> = std::fs::read_dir(path)?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.join("problem.yaml").is_file())
                .collect();
            inner.sort();
            if inner.is_empty() {
                bail!(
                    "{}: no problem packages here (no */problem.yaml)",
                    path.display()
                );
            }
            out.extend(inner);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

/// Parse every package; report all failures together, import none if any failed.
pub fn read_all(paths: &[PathBuf]) -> anyhow::Result<Vec<ProblemSpec>> {
    let mut specs = Vec::new();
    let mut errors = Vec::new();
    for path in package_paths(paths)? {
        match problem::package::read(&path) {
            Ok(spec) => specs.push(spec),
            Err(e) => errors.push(format!("{}: {e}", path.display())),
        }
    }
    let mut seen = std::collections::HashSet::new();
    for s in &specs {
        if !seen.insert(s.slug.clone()) {
            errors.push(format!(
                "slug {:?} appears in more than one package",
                s.slug
            ));
        }
    }
    if !errors.is_empty() {
        bail!("nothing was imported:\n  {}", errors.join("\n  "));
    }
    Ok(specs)
}
