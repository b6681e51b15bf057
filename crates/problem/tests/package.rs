//! Reading and writing packages on real files: round trips, and every kind of
//! hostile or broken package the importer must refuse.

use std::io::Write;
use std::path::Path;

use problem::package::{self, Files, Limits, PackageError};
use problem::{Checker, Difficulty};

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A small but complete package.
fn sample_package(root: &Path) {
    write(
        root,
        "problem.yaml",
        "name: Add Two\nauthor: Codemint\nlimits:\n  time_limit: 1.5\n  memory: 128\n\
         validation: default\nvalidator_flags: float_tolerance 1e-6\n\
         codemint:\n  difficulty: easy\n  tags: [math]\n",
    );
    write(
        root,
        "problem_statement/problem.en.md",
        "Add **two** numbers.\n",
    );
    write(root, "data/sample/01.in", "1 2\n");
    write(root, "data/sample/01.ans", "3\n");
    write(root, "data/secret/01.in", "5 7\n");
    write(root, "data/secret/01.ans", "12\n");
    write(root, "data/secret/group/02.in", "0 0\n");
    write(root, "data/secret/group/02.ans", "0\n");
    write(
        root,
        "stubs/python/solution.py",
        "def add(a, b):\n    return 0\n",
    );
    write(
        root,
        "stubs/python/suffix.py",
        "print(add(*map(int, input().split())))\n",
    );
    write(
        root,
        "submissions/accepted/sol.py",
        "print(sum(map(int, input().split())))\n",
    );
}

#[test]
fn reads_a_package_directory() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("add-two");
    sample_package(&root);
    let spec = package::read(&root).unwrap();
    assert_eq!(spec.slug, "add-two");
    assert_eq!(spec.title, "Add Two");
    assert_eq!(spec.difficulty, Difficulty::Easy);
    assert_eq!(spec.tags, vec!["math"]);
    assert_eq!(spec.time_limit_ms, 1500);
    assert_eq!(spec.memory_mb, 128);
    assert_eq!(
        spec.checker,
        Checker::Float {
            abs_tolerance: 1e-6,
            rel_tolerance: 1e-6
        }
    );
    assert_eq!(spec.samples.len(), 1);
    let names: Vec<_> = spec.hidden.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["01", "group/02"]);
    assert_eq!(
        spec.stubs["python"].suffix,
        "print(add(*map(int, input().split())))\n"
    );
    assert_eq!(spec.attachments.len(), 1);
    assert_eq!(spec.attachments[0].path, "submissions/accepted/sol.py");
}

#[test]
fn directory_and_zip_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("add-two");
    sample_package(&root);
    let spec = package::read(&root).unwrap();

    let out = dir.path().join("exported");
    package::write_dir(&spec, &out).unwrap();
    assert_eq!(package::read(&out).unwrap(), spec);

    let zip = package::write_zip(&spec).unwrap();
    let from_zip = package::parse(Files::from_zip(&zip, &Limits::default()).unwrap(), "x").unwrap();
    assert_eq!(from_zip, spec);

    // Exporting over existing files is refused rather than mixing two packages.
    assert!(package::write_dir(&spec, &out).is_err());
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in entries {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn rejected(result: Result<Files, PackageError>) -> String {
    match result {
        Err(e) => e.to_string(),
        Ok(_) => panic!("package was accepted"),
    }
}

#[test]
fn zip_with_path_traversal_is_refused() {
    for evil in ["../evil.txt", "/etc/passwd", "a/../../b", "data\\..\\x"] {
        let zip = zip_of(&[("problem.yaml", b"name: x\n"), (evil, b"boom")]);
        let msg = rejected(Files::from_zip(&zip, &Limits::default()));
        assert!(msg.contains("unsafe path"), "{evil}: {msg}");
    }
}

#[test]
fn zip_with_symlink_is_refused() {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.add_symlink(
        "data/secret/01.in",
        "/etc/shadow",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    let data = zip.finish().unwrap().into_inner();
    let msg = rejected(Files::from_zip(&data, &Limits::default()));
    assert!(msg.contains("symbolic links"), "{msg}");
}

#[test]
fn oversized_files_are_refused_by_inflated_size() {
    // 2 MiB of zeros compresses to a few KiB: the limit must hold on what inflates.
    let big = vec![0u8; 2 * 1024 * 1024];
    let zip = zip_of(&[("problem.yaml", b"name: x\n"), ("data/secret/01.in", &big)]);
    let limits = Limits {
        max_file_bytes: 1024 * 1024,
        ..Limits::default()
    };
    let msg = rejected(Files::from_zip(&zip, &limits));
    assert!(msg.contains("larger than"), "{msg}");
}

#[test]
fn directory_with_symlink_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("p");
    sample_package(&root);
    std::os::unix::fs::symlink("/etc/passwd", root.join("data/secret/03.in")).unwrap();
    let err = package::read(&root).unwrap_err().to_string();
    assert!(err.contains("symbolic links"), "{err}");
}

#[test]
fn malformed_yaml_names_file_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("p");
    sample_package(&root);
    write(
        &root,
        "problem.yaml",
        "name: X\nlimits:\n  time_limit: fast\n",
    );
    let err = package::read(&root).unwrap_err().to_string();
    assert!(
        err.contains("problem.yaml") && err.contains("limits.time_limit"),
        "{err}"
    );

    write(
        &root,
        "problem.yaml",
        "name: X\ncodemint:\n  difficulty: brutal\n",
    );
    let err = package::read(&root).unwrap_err().to_string();
    assert!(
        err.contains("codemint.difficulty") && err.contains("brutal"),
        "{err}"
    );

    write(&root, "problem.yaml", "name: [unclosed\n");
    let err = package::read(&root).unwrap_err().to_string();
    assert!(err.starts_with("problem.yaml"), "{err}");
}

#[test]
fn missing_answer_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("p");
    sample_package(&root);
    write(&root, "data/secret/09.in", "1 1\n");
    let err = package::read(&root).unwrap_err().to_string();
    assert!(
        err.contains("data/secret/09.in") && err.contains("09.ans"),
        "{err}"
    );
}

#[test]
fn invalid_content_is_reported_per_field() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("Bad Slug!");
    sample_package(&root);
    write(
        &root,
        "problem.yaml",
        "name: X\nlimits:\n  memory: 1\ncodemint:\n  slug: \"Bad Slug!\"\n",
    );
    let err = package::read(&root).unwrap_err().to_string();
    assert!(err.contains("slug:") && err.contains("memory_mb"), "{err}");
}

#[test]
fn bundled_pack_parses() {
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../problems");
    let mut count = 0;
    for entry in std::fs::read_dir(&pack).unwrap() {
        let path = entry.unwrap().path();
        if !path.join("problem.yaml").is_file() {
            continue;
        }
        let spec = package::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            spec.hidden.len() >= 10,
            "{}: {} hidden tests",
            spec.slug,
            spec.hidden.len()
        );
        assert!(!spec.samples.is_empty(), "{}: no samples", spec.slug);
        for lang in ["c", "cpp", "python", "javascript", "rust", "java", "go"] {
            assert!(
                spec.stubs.contains_key(lang),
                "{}: no {lang} stub",
                spec.slug
            );
        }
        count += 1;
    }
    assert!(
        count >= 30,
        "the bundled pack has {count} problems, want >= 30"
    );
}
