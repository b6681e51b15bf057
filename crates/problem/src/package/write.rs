use std::io::Write;
use std::path::Path;

use super::PackageError;
use super::files::Files;
use super::yaml::{CodemintSection, Name, ProblemYaml, YamlLimits};
use crate::{Checker, ProblemSpec};

/// The file extension stubs of a language are written with.
pub fn stub_extension(lang: &str) -> &'static str {
    match lang {
        "c" => "c",
        "cpp" => "cpp",
        "python" => "py",
        "javascript" => "js",
        "typescript" => "ts",
        "rust" => "rs",
        "java" => "java",
        "go" => "go",
        "bash" => "sh",
        "kotlin" => "kt",
        _ => "txt",
    }
}

/// Lay a spec out as package files (the inverse of [`super::parse`]).
pub fn to_files(spec: &ProblemSpec) -> Files {
    let (validation, flags) = match &spec.checker {
        Checker::Exact => (
            "default",
            "case_sensitive space_change_sensitive".to_string(),
        ),
        Checker::Tokens { case_sensitive } => (
            "default",
            if *case_sensitive {
                "case_sensitive".into()
            } else {
                String::new()
            },
        ),
        Checker::Float {
            abs_tolerance,
            rel_tolerance,
        } => (
            "default",
            format!(
                "float_absolute_tolerance {abs_tolerance} float_relative_tolerance {rel_tolerance}"
            ),
        ),
        Checker::Custom { .. } => ("custom", String::new()),
    };
    let yaml = ProblemYaml {
        name: Some(Name::Plain(spec.title.clone())),
        author: spec.author.clone(),
        license: spec.license.clone(),
        rights_owner: None,
        limits: YamlLimits {
            time_limit: Some(f64::from(spec.time_limit_ms) / 1000.0),
            memory: Some(spec.memory_mb),
        },
        validation: Some(validation.into()),
        validator_flags: Some(flags),
        codemint: CodemintSection {
            slug: Some(spec.slug.clone()),
            difficulty: Some(spec.difficulty.as_str().into()),
            tags: spec.tags.clone(),
        },
    };
    let mut files = Files::default();
    let mut put = |path: String, data: Vec<u8>| {
        files.0.insert(path, data);
    };
    put(
        "problem.yaml".into(),
        serde_yaml_ng::to_string(&yaml)
            .unwrap_or_default()
            .into_bytes(),
    );
    put(
        "problem_statement/problem.en.md".into(),
        spec.statement.clone().into_bytes(),
    );
    for (dir, tests) in [
        ("data/sample", &spec.samples),
        ("data/secret", &spec.hidden),
    ] {
        for t in tests {
            put(format!("{dir}/{}.in", t.name), t.input.clone().into_bytes());
            put(
                format!("{dir}/{}.ans", t.name),
                t.answer.clone().into_bytes(),
            );
        }
    }
    for (lang, stub) in &spec.stubs {
        let ext = stub_extension(lang);
        for (part, text) in [
            ("prefix", &stub.prefix),
            ("solution", &stub.solution),
            ("suffix", &stub.suffix),
        ] {
            if part == "solution" || !text.is_empty() {
                put(
                    format!("stubs/{lang}/{part}.{ext}"),
                    text.clone().into_bytes(),
                );
            }
        }
    }
    for a in &spec.attachments {
        put(a.path.clone(), a.data.clone());
    }
    files
}

/// Write the package into `dir`, which must not exist yet or be empty.
pub fn write_dir(spec: &ProblemSpec, dir: &Path) -> Result<(), PackageError> {
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |source| PackageError::Io { path, source }
    };
    if dir.exists() && std::fs::read_dir(dir).map_err(io(dir))?.next().is_some() {
        return Err(PackageError::rejected(
            dir.display().to_string(),
            "directory is not empty",
        ));
    }
    for (rel, data) in to_files(spec).0 {
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(io(&path))?;
        f.write_all(&data).map_err(io(&path))?;
    }
    Ok(())
}

/// The package as a zip archive with everything under `<slug>/`.
pub fn write_zip(spec: &ProblemSpec) -> Result<Vec<u8>, PackageError> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o644);
    let err = |e: &dyn std::fmt::Display| PackageError::rejected("<zip>", e.to_string());
    for (rel, data) in to_files(spec).0 {
        zip.start_file(format!("{}/{rel}", spec.slug), options)
            .map_err(|e| err(&e))?;
        zip.write_all(&data).map_err(|e| err(&e))?;
    }
    Ok(zip.finish().map_err(|e| err(&e))?.into_inner())
}
