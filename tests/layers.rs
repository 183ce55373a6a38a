//! The layers depend one way: model ← format ← i18n ← ui ← platform (docs/architecture.md,
//! "Layers depend one way"). The compiler cannot say so (one crate), so this test reads
//! the source: a file of a layer must not name a layer above it.

use std::fs;
use std::path::{Path, PathBuf};

/// Each layer, lowest first, and the paths that would name a layer above it.
const RULES: &[(&str, &[&str])] = &[
    (
        "src/model",
        &[
            "crate::format",
            "crate::collab",
            "crate::i18n",
            "crate::ui",
            "crate::platform",
        ],
    ),
    (
        "src/format",
        &[
            "crate::collab",
            "crate::i18n",
            "crate::ui",
            "crate::platform",
        ],
    ),
    // The shared document (feature `collab`) builds on model and format only.
    (
        "src/collab",
        &["crate::i18n", "crate::ui", "crate::platform"],
    ),
    ("src/i18n", &["crate::ui", "crate::platform"]),
    // Also `super::…::platform::` and doc links: ui names no part of platform at all.
    ("src/ui", &["crate::platform", "platform::"]),
];

#[test]
fn no_layer_names_a_layer_above_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut breaches = Vec::new();
    for (dir, forbidden) in RULES {
        let files = rust_files(&root.join(dir));
        assert!(!files.is_empty(), "no Rust files under {dir}");
        for file in files {
            let text = fs::read_to_string(&file).expect("a source file reads");
            let text = expand_groups(&text);
            for (number, line) in text.lines().enumerate() {
                // One report per line: `crate::platform::x` also contains `platform::`.
                if let Some(path) = forbidden.iter().find(|path| line.contains(*path)) {
                    breaches.push(format!(
                        "{}:{}: names `{path}`",
                        file.strip_prefix(root).unwrap_or(&file).display(),
                        number + 1
                    ));
                }
            }
        }
    }
    assert!(
        breaches.is_empty(),
        "a layer names a layer above it:\n{}",
        breaches.join("\n")
    );
}

/// Spells out grouped imports: `crate::{format, model}` (also over several lines) gets
/// `crate::format crate::model` appended to its first line, so the rules see each name.
fn expand_groups(text: &str) -> String {
    const OPEN: &str = "crate::{";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(OPEN) {
        let after = &rest[start + OPEN.len()..];
        // The group ends at its own closing brace (groups nest: `crate::{a::{B, C}, d}`).
        let mut depth = 1;
        let end = after
            .char_indices()
            .find(|&(_, c)| {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                depth == 0
            })
            .map_or(after.len(), |(i, _)| i);
        let names: Vec<String> = after[..end]
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|name| !name.is_empty())
            .map(|name| format!("crate::{name}"))
            .collect();
        let line_end = start + rest[start..].find('\n').unwrap_or(rest.len() - start);
        out.push_str(&rest[..line_end]);
        out.push(' ');
        out.push_str(&names.join(" "));
        rest = &rest[line_end..];
    }
    out.push_str(rest);
    out
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).expect("a source directory reads") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    files
}

/// The rule above would pass on a tree it cannot read: check it sees a breach.
#[test]
fn a_grouped_import_is_seen() {
    assert!(expand_groups("use crate::{model, platform::files};").contains("crate::platform"));
    let wrapped = "use crate::{\n    model::Plan,\n    platform,\n};\nfn f() {}";
    let expanded = expand_groups(wrapped);
    assert!(expanded
        .lines()
        .next()
        .unwrap_or("")
        .contains("crate::platform"));
    assert_eq!(expanded.lines().count(), wrapped.lines().count());
    assert!(!expand_groups("use crate::{model, i18n};").contains("crate::platform"));
}

/// The plan's sections and whole-plan views under `src/ui/`: each is its own module (a file
/// or a folder) and uses none of the others. What two of them show alike lives below them
/// (`i18n/names.rs`, `ui/fields.rs` …); only `ui/editor.rs` puts them together.
const SECTIONS: &[&str] = &[
    "about_me",
    "goals",
    "interventions",
    "people",
    "consents",
    "follow_ups",
    "approval",
    "overview",
    "timeline",
    "coherence",
    "decision",
    "share",
];

#[test]
fn no_section_names_another_section() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut breaches = Vec::new();
    for section in SECTIONS {
        let ui = root.join("src/ui");
        let mut files = rust_files_if_any(&ui.join(section));
        files.extend(Some(ui.join(format!("{section}.rs"))).filter(|f| f.is_file()));
        assert!(!files.is_empty(), "no source for the section {section}");
        for file in files {
            let text = fs::read_to_string(&file).expect("a source file reads");
            for other in module_names(&text) {
                if other != *section && SECTIONS.contains(&other.as_str()) {
                    breaches.push(format!(
                        "{}: names the section `{other}`",
                        file.strip_prefix(root).unwrap_or(&file).display()
                    ));
                }
            }
        }
    }
    assert!(
        breaches.is_empty(),
        "a section reaches into another:\n{}",
        breaches.join("\n")
    );
}

fn rust_files_if_any(dir: &Path) -> Vec<PathBuf> {
    if dir.is_dir() {
        rust_files(dir)
    } else {
        Vec::new()
    }
}

/// Every module named right after `super::` or `ui::`, also inside a group
/// (`super::{state, goals::X}` names `state` and `goals`).
fn module_names(text: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut names = Vec::new();
    for prefix in ["super::", "ui::"] {
        for (at, _) in text.match_indices(prefix) {
            let after = &text[at + prefix.len()..];
            match after.strip_prefix('{') {
                None => names.push(ident(after)),
                Some(group) => {
                    // Top-level items of the group: split at commas outside nested braces.
                    let mut depth = 0;
                    let mut item_start = true;
                    for (i, c) in group.char_indices() {
                        match c {
                            '{' => depth += 1,
                            '}' if depth == 0 => break,
                            '}' => depth -= 1,
                            ',' if depth == 0 => item_start = true,
                            c if item_start && (c.is_alphanumeric() || c == '_') => {
                                names.push(ident(&group[i..]));
                                item_start = false;
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
    }
    names
}

/// The section rule above reads plain, nested and grouped paths.
#[test]
fn a_section_path_is_seen_in_every_spelling() {
    let names = |text| module_names(text);
    assert!(names("use super::interventions::label;").contains(&"interventions".into()));
    assert!(
        names("crate::ui::overview::life_areas::area_name(l, c, x)").contains(&"overview".into())
    );
    let grouped = names("use super::{\n    state::use_editor,\n    timeline::{Bar, Axis},\n};");
    assert!(grouped.contains(&"state".into()) && grouped.contains(&"timeline".into()));
    assert!(!grouped.contains(&"Bar".into()));
    assert!(!names("use crate::model::coherence::Finding;").contains(&"coherence".into()));
}
