//! The `<helhedsplan-editor>` shadow root carries its CSS inside the bundle. These native
//! tests fail when a stylesheet under `style/` is not embedded, and check how the shadow
//! sheet keeps host theming working and `rem` independent of the host page.

#[path = "../src/platform/custom_element/styles.rs"]
mod styles;

use std::path::{Path, PathBuf};

fn css_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("style/ is readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            css_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "css") {
            out.push(path);
        }
    }
}

#[test]
fn every_stylesheet_under_style_is_embedded() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    css_files(&root.join("style"), &mut files);
    assert!(files.len() >= 2, "found {files:?}");
    for file in files {
        let rel = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let embedded = styles::SHEETS.iter().find(|(name, _)| *name == rel);
        let Some((_, text)) = embedded else {
            panic!("{rel} is not in SHEETS (src/platform/custom_element/styles.rs): the embedded editor would miss its styles");
        };
        assert_eq!(*text, std::fs::read_to_string(&file).unwrap(), "{rel}");
    }
}

#[test]
fn every_embedded_stylesheet_exists_and_is_linked_from_index_html() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let index = std::fs::read_to_string(root.join("index.html")).unwrap();
    for (name, _) in styles::SHEETS {
        assert!(root.join(name).is_file(), "{name}");
        assert!(
            index.contains(&format!("href=\"{name}\"")),
            "{name} is not linked from index.html"
        );
    }
}

#[test]
fn host_values_of_every_theme_property_win_inside_the_shadow_root() {
    let main = styles::SHEETS[0].1;
    let defaults = styles::theme_defaults(main);
    for name in [
        "font",
        "font-size",
        "color-primary",
        "color-focus",
        "space",
        "radius",
    ] {
        assert!(
            defaults.iter().any(|(n, _)| n == name),
            "--hp-{name} missing in {defaults:?}"
        );
    }
    let css = styles::shadow_css();
    for (name, _) in &defaults {
        assert!(
            css.contains(&format!("--hpd-{name}: var(--hp-{name}, ")),
            "{name}"
        );
        assert!(
            css.contains(&format!("--hp-{name}: var(--hpd-{name});")),
            "{name}"
        );
    }
    // The default font size follows the editor's own rem, not the host page's.
    assert!(css.contains("--hpd-font-size: var(--hp-font-size, calc(1 * var(--hpd-rem)));"));
}

#[test]
fn rem_becomes_the_editors_own_unit_outside_media_queries() {
    let css = "/* 2rem in a comment */\n.a { padding: 0.5rem 1rem; margin: -.25rem; width: calc(100% - 2rem); }\n@media (max-width: 40rem) {\n  .b { gap: 1.5rem; grid: 10rems; --x: a1rem; }\n}\n";
    let out = styles::rem_to_var(css);
    assert_eq!(
        out,
        "/* 2rem in a comment */\n.a { padding: calc(0.5 * var(--hpd-rem)) calc(1 * var(--hpd-rem)); margin: calc(-.25 * var(--hpd-rem)); width: calc(100% - calc(2 * var(--hpd-rem))); }\n@media (max-width: 40rem) {\n  .b { gap: calc(1.5 * var(--hpd-rem)); grid: 10rems; --x: a1rem; }\n}\n"
    );
    assert!(!styles::shadow_css()
        .lines()
        .filter(|l| !l.trim_start().starts_with("@media") && !l.contains("/*"))
        .any(|l| l.contains("0rem") || l.contains("1rem") || l.contains("5rem")));
}
