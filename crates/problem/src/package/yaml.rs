//! `problem.yaml`: the subset of the Kattis keys Codemint reads, plus its own
//! `codemint:` section. Unknown keys are allowed (Kattis has many we ignore).

use serde::{Deserialize, Serialize};

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct ProblemYaml {
    pub name: Option<Name>,
    pub author: Option<String>,
    pub license: Option<String>,
    pub rights_owner: Option<String>,
    #[serde(default)]
    pub limits: YamlLimits,
    pub validation: Option<String>,
    pub validator_flags: Option<String>,
    #[serde(default)]
    pub codemint: CodemintSection,
}

/// Kattis allows a plain name or one per language (`{en: "…"}`).
#[derive(Debug, Deserialize, Serialize)]
#[serde(untagged)]
pub enum Name {
    Plain(String),
    PerLanguage(std::collections::BTreeMap<String, String>),
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct YamlLimits {
    /// Seconds (Kattis 2023-07 `limits.time_limit`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_limit: Option<f64>,
    /// MiB.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory: Option<u32>,
}

#[derive(Debug, Default, Deserialize, Serialize)]
pub struct CodemintSection {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub difficulty: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
}

/// Parse with the path of the offending field in the error (`limits.time_limit`).
pub fn parse_yaml(text: &str) -> Result<ProblemYaml, (String, String)> {
    if text.trim().is_empty() {
        return Ok(ProblemYaml::default());
    }
    let de = serde_yaml_ng::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let field = e.path().to_string();
        let field = if field == "." {
            "(document)".to_string()
        } else {
            field
        };
        (field, e.into_inner().to_string())
    })
}
