use std::collections::BTreeMap;

use super::PackageError;
use super::files::Files;
use super::yaml::{Name, parse_yaml};
use crate::{Attachment, Checker, Difficulty, ProblemSpec, Stub, TestCase};

const STATEMENTS: [&str; 4] = [
    "problem_statement/problem.en.md",
    "problem_statement/problem.md",
    "problem_statement/problem.en.tex",
    "problem_statement/problem.tex",
];

/// Turn a package's files into a validated spec. `fallback_slug` is the folder or
/// archive name, used when `problem.yaml` names no `codemint.slug`.
pub fn parse(mut files: Files, fallback_slug: &str) -> Result<ProblemSpec, PackageError> {
    let yaml_bytes = files
        .take("problem.yaml")
        .ok_or_else(|| PackageError::rejected("problem.yaml", "missing: not a problem package"))?;
    let yaml_text = utf8("problem.yaml", yaml_bytes)?;
    let yaml = parse_yaml(&yaml_text).map_err(|(field, message)| PackageError::Yaml {
        file: "problem.yaml".into(),
        field,
        message,
    })?;
    let field_err = |field: &str, message: String| PackageError::Yaml {
        file: "problem.yaml".into(),
        field: field.into(),
        message,
    };

    let slug = yaml
        .codemint
        .slug
        .clone()
        .unwrap_or_else(|| slugify(fallback_slug));
    let title = match &yaml.name {
        Some(Name::Plain(s)) => s.clone(),
        Some(Name::PerLanguage(m)) => m
            .get("en")
            .or_else(|| m.values().next())
            .cloned()
            .unwrap_or_default(),
        None => slug.clone(),
    };
    let difficulty = match yaml.codemint.difficulty.as_deref() {
        None => Difficulty::Medium,
        Some(d) => Difficulty::parse(d).ok_or_else(|| {
            field_err(
                "codemint.difficulty",
                format!("{d:?} is not one of easy, medium, hard"),
            )
        })?,
    };
    let time_limit_s = match (yaml.limits.time_limit, files.take(".timelimit")) {
        (Some(t), _) => t,
        (None, Some(raw)) => utf8(".timelimit", raw)?
            .trim()
            .parse::<f64>()
            .map_err(|e| PackageError::rejected(".timelimit", format!("not a number: {e}")))?,
        (None, None) => 2.0,
    };
    if !(time_limit_s.is_finite() && time_limit_s > 0.0 && time_limit_s <= 30.0) {
        return Err(field_err(
            "limits.time_limit",
            "must be a number of seconds in (0, 30]".into(),
        ));
    }
    let checker = checker(
        &yaml.validation,
        yaml.validator_flags.as_deref().unwrap_or(""),
        &files,
    )
    .map_err(|(f, m)| field_err(f, m))?;

    let statement_path = STATEMENTS
        .iter()
        .find(|p| files.get(p).is_some())
        .ok_or_else(|| {
            PackageError::rejected(
                "problem_statement/",
                "missing problem.en.md (Markdown statement)",
            )
        })?;
    let statement = utf8(
        statement_path,
        files.take(statement_path).unwrap_or_default(),
    )?;

    let samples = tests(&mut files, "data/sample")?;
    let hidden = tests(&mut files, "data/secret")?;
    let stubs = stubs(&mut files)?;

    let spec = ProblemSpec {
        slug,
        title: title.trim().to_string(),
        statement,
        difficulty,
        tags: yaml.codemint.tags.clone(),
        time_limit_ms: (time_limit_s * 1000.0).round() as u32,
        memory_mb: yaml.limits.memory.unwrap_or(256),
        checker,
        samples,
        hidden,
        stubs,
        attachments: files
            .0
            .into_iter()
            .map(|(path, data)| Attachment { path, data })
            .collect(),
        author: yaml.author,
        license: yaml.license,
    };
    spec.validate()?;
    Ok(spec)
}

fn utf8(path: &str, data: Vec<u8>) -> Result<String, PackageError> {
    String::from_utf8(data).map_err(|_| PackageError::rejected(path, "is not valid UTF-8 text"))
}

fn slugify(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// Map Kattis' `validation` + `validator_flags` onto a [`Checker`].
fn checker(
    validation: &Option<String>,
    flags: &str,
    files: &Files,
) -> Result<Checker, (&'static str, String)> {
    match validation.as_deref().unwrap_or("default").trim() {
        "default" => {}
        "custom" => {
            let name = files
                .under("output_validators")
                .first()
                .and_then(|p| p.split('/').nth(1).map(str::to_string))
                .ok_or((
                    "validation",
                    "custom validation needs a program in output_validators/".to_string(),
                ))?;
            return Ok(Checker::Custom { name });
        }
        other => {
            return Err((
                "validation",
                format!("{other:?} is not supported (default or custom)"),
            ));
        }
    }
    let words: Vec<&str> = flags.split_whitespace().collect();
    let mut case_sensitive = false;
    let mut space_sensitive = false;
    let (mut abs, mut rel) = (None, None);
    let mut i = 0;
    while i < words.len() {
        let number = |i: usize| {
            words.get(i + 1).and_then(|w| w.parse::<f64>().ok()).ok_or((
                "validator_flags",
                format!("{} needs a number after it", words[i]),
            ))
        };
        match words[i] {
            "case_sensitive" => case_sensitive = true,
            "space_change_sensitive" => space_sensitive = true,
            "float_tolerance" => {
                let t = number(i)?;
                (abs, rel) = (Some(t), Some(t));
                i += 1;
            }
            "float_absolute_tolerance" => {
                abs = Some(number(i)?);
                i += 1;
            }
            "float_relative_tolerance" => {
                rel = Some(number(i)?);
                i += 1;
            }
            other => return Err(("validator_flags", format!("unknown flag {other:?}"))),
        }
        i += 1;
    }
    Ok(if abs.is_some() || rel.is_some() {
        Checker::Float {
            abs_tolerance: abs.unwrap_or(0.0),
            rel_tolerance: rel.unwrap_or(0.0),
        }
    } else if space_sensitive {
        Checker::Exact
    } else {
        Checker::Tokens { case_sensitive }
    })
}

/// `dir/**/NAME.in` paired with `dir/**/NAME.ans`, named by their path below `dir`.
fn tests(files: &mut Files, dir: &str) -> Result<Vec<TestCase>, PackageError> {
    let mut out = Vec::new();
    for path in files.under(dir) {
        let Some(stem) = path.strip_suffix(".in") else {
            continue;
        };
        let ans_path = format!("{stem}.ans");
        let answer = files
            .take(&ans_path)
            .ok_or_else(|| PackageError::rejected(&path, format!("has no matching {ans_path}")))?;
        let input = files.take(&path).unwrap_or_default();
        out.push(TestCase {
            name: stem[dir.len() + 1..].to_string(),
            input: utf8(&path, input)?,
            answer: utf8(&ans_path, answer)?,
        });
    }
    Ok(out)
}

/// `stubs/<lang>/{prefix,solution,suffix}.<ext>`.
fn stubs(files: &mut Files) -> Result<BTreeMap<String, Stub>, PackageError> {
    let mut out: BTreeMap<String, Stub> = BTreeMap::new();
    for path in files.under("stubs") {
        let parts: Vec<&str> = path.split('/').collect();
        let [_, lang, file] = parts[..] else {
            return Err(PackageError::rejected(
                &path,
                "expected stubs/<language>/<part>.<ext>",
            ));
        };
        let part = file.split('.').next().unwrap_or_default().to_string();
        let lang = lang.to_string();
        let text = utf8(&path, files.take(&path).unwrap_or_default())?;
        let stub = out.entry(lang).or_default();
        match part.as_str() {
            "prefix" => stub.prefix = text,
            "solution" => stub.solution = text,
            "suffix" => stub.suffix = text,
            _ => {
                return Err(PackageError::rejected(
                    &path,
                    "a stub file must be named prefix, solution or suffix",
                ));
            }
        }
    }
    Ok(out)
}
