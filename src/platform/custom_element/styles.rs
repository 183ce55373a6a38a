//! The editor's CSS, embedded in the bundle for the shadow root of `<helhedsplan-editor>`.
//!
//! Plain Rust without browser types, so a native test (`tests/embed_styles.rs`) can check
//! that every file under `style/` is listed here and that the shadow sheet is built right.

/// Every stylesheet of the editor, in the order `index.html` links them.
/// `tests/embed_styles.rs` fails when a file under `style/` is missing here.
pub const SHEETS: &[(&str, &str)] = &[
    ("style/main.css", include_str!("../../../style/main.css")),
    (
        "style/sections/dialogue.css",
        include_str!("../../../style/sections/dialogue.css"),
    ),
    (
        "style/sections/assessment.css",
        include_str!("../../../style/sections/assessment.css"),
    ),
    (
        "style/sections/goals.css",
        include_str!("../../../style/sections/goals.css"),
    ),
    (
        "style/sections/interventions.css",
        include_str!("../../../style/sections/interventions.css"),
    ),
    (
        "style/sections/people.css",
        include_str!("../../../style/sections/people.css"),
    ),
    (
        "style/sections/consents.css",
        include_str!("../../../style/sections/consents.css"),
    ),
    (
        "style/sections/linked_plans.css",
        include_str!("../../../style/sections/linked_plans.css"),
    ),
    (
        "style/sections/follow_ups.css",
        include_str!("../../../style/sections/follow_ups.css"),
    ),
    (
        "style/sections/approval.css",
        include_str!("../../../style/sections/approval.css"),
    ),
    (
        "style/sections/overview.css",
        include_str!("../../../style/sections/overview.css"),
    ),
    (
        "style/sections/life_areas.css",
        include_str!("../../../style/sections/life_areas.css"),
    ),
    (
        "style/sections/timeline.css",
        include_str!("../../../style/sections/timeline.css"),
    ),
    (
        "style/sections/coherence.css",
        include_str!("../../../style/sections/coherence.css"),
    ),
    (
        "style/sections/decision.css",
        include_str!("../../../style/sections/decision.css"),
    ),
    (
        "style/sections/share.css",
        include_str!("../../../style/sections/share.css"),
    ),
    (
        "style/sections/files.css",
        include_str!("../../../style/sections/files.css"),
    ),
    (
        "style/sections/guided.css",
        include_str!("../../../style/sections/guided.css"),
    ),
    (
        "style/sections/guided-reading.css",
        include_str!("../../../style/sections/guided-reading.css"),
    ),
    (
        "style/sections/workshop.css",
        include_str!("../../../style/sections/workshop.css"),
    ),
];

/// Rules only the embedded editor needs: the host box, the sync bar and the conflict choice.
const EMBED_CSS: &str = r#"
:host { display: block; }
:host([hidden]) { display: none; }
/* Host CSS such as `* { font: 30px serif; color: red }` reaches the host element and would
   be inherited; the editor's roots set every inherited text property themselves. */
.hp-editor,
.hp-embed-bar {
  font-family: var(--hp-font);
  font-size: var(--hp-font-size);
  font-style: normal;
  font-weight: 400;
  font-variant: normal;
  line-height: 1.5;
  color: var(--hp-color-text);
  text-align: start;
  text-indent: 0;
  text-transform: none;
  text-shadow: none;
  letter-spacing: normal;
  word-spacing: normal;
  white-space: normal;
  visibility: visible;
  cursor: auto;
}
.hp-embed-bar { background: var(--hp-color-surface); }
.hp-embed-bar *, .hp-embed-bar *::before, .hp-embed-bar *::after { box-sizing: border-box; }
.hp-embed-bar:empty { display: none; }
.hp-embed-status {
  margin: 0;
  padding: calc(var(--hp-space) * 0.5) var(--hp-space);
  border-bottom: 1px solid var(--hp-color-border-soft);
}
.hp-embed-status-problem {
  background: var(--hp-color-warning-bg);
  color: var(--hp-color-warning);
  font-weight: 600;
}
/* "Prøv igen" under a refused save: part of the status strip above it. */
.hp-embed-retry {
  padding: calc(var(--hp-space) * 0.5) var(--hp-space);
  border-bottom: 1px solid var(--hp-color-border-soft);
  background: var(--hp-color-warning-bg);
}
.hp-embed-conflict,
.hp-embed-message {
  margin: var(--hp-space);
  padding: var(--hp-space);
  border: 2px solid var(--hp-color-warning);
  border-radius: var(--hp-radius);
  background: var(--hp-color-warning-bg);
  color: var(--hp-color-text);
}
.hp-embed-conflict h2 {
  margin: 0 0 calc(var(--hp-space) * 0.5);
  font-size: 1.15em;
}
.hp-embed-conflict h2:focus-visible {
  outline: 3px solid var(--hp-color-focus);
  outline-offset: 2px;
}
.hp-rebase-list { padding-left: 1.2em; }
.hp-rebase-list li { margin-bottom: var(--hp-space); }
.hp-rebase-text {
  display: block;
  width: 100%;
  box-sizing: border-box;
  margin: calc(var(--hp-space) * 0.25) 0;
  font: inherit;
}
.hp-embed-actions {
  display: flex;
  flex-wrap: wrap;
  gap: calc(var(--hp-space) * 0.5);
  margin-top: calc(var(--hp-space) * 0.75);
}
@media print {
  .hp-embed-bar { display: none; }
}
"#;

/// The one stylesheet adopted by every `<helhedsplan-editor>` shadow root.
///
/// Three things differ from the standalone page:
/// - the theme: `main.css` gives the `--hp-*` defaults on `.hp-editor`, which would hide
///   values a host page sets on the element or an ancestor. Inside the shadow root,
///   `:host` reads each host value with the default as fallback (`--hpd-*`) and
///   `.hp-editor` takes that, so the host's `--hp-*` win and the defaults stay in one place;
/// - `rem`: a portal's `html { font-size: 62.5% }` would shrink every `rem`; inside the shadow
///   root `Nrem` becomes `calc(N * var(--hpd-rem))`, 16 px unless the host sets `--hp-rem`
///   (media queries keep `rem`, which there means the browser's default size anyway);
/// - the embed's own rules (status line, conflict choice).
pub fn shadow_css() -> String {
    let mut out = String::with_capacity(SHEETS.iter().map(|(_, css)| css.len()).sum::<usize>() * 2);
    let defaults = theme_defaults(SHEETS[0].1);
    out.push_str(":host {\n  --hpd-rem: var(--hp-rem, 16px);\n");
    for (name, value) in &defaults {
        let value = rem_to_var(value);
        out.push_str(&format!("  --hpd-{name}: var(--hp-{name}, {value});\n"));
    }
    out.push_str("}\n:host .hp-editor,\n:host .hp-embed-bar {\n");
    for (name, _) in &defaults {
        out.push_str(&format!("  --hp-{name}: var(--hpd-{name});\n"));
    }
    out.push_str("}\n");
    for (_, css) in SHEETS {
        out.push_str(&rem_to_var(css));
        out.push('\n');
    }
    out.push_str(EMBED_CSS);
    out
}

/// The `--hp-*` declarations of the first `.hp-editor { … }` block: `(name, value)`.
pub fn theme_defaults(main_css: &str) -> Vec<(String, String)> {
    let Some(start) = main_css.find(".hp-editor {") else {
        return Vec::new();
    };
    let block = &main_css[start..];
    let block = &block[..block.find('}').unwrap_or(block.len())];
    block
        .split(';')
        .filter_map(|decl| {
            let decl = decl.trim_start_matches(|c: char| c == '{' || c.is_whitespace());
            let decl = decl.rsplit('{').next().unwrap_or(decl).trim();
            let rest = decl.strip_prefix("--hp-")?;
            let (name, value) = rest.split_once(':')?;
            Some((name.trim().to_string(), value.trim().to_string()))
        })
        .collect()
}

/// Rewrites `1.5rem` as `calc(1.5 * var(--hpd-rem))`, except in `@media`/`@container`
/// conditions (custom properties are not allowed there) and in comments.
pub fn rem_to_var(css: &str) -> String {
    let mut out = String::with_capacity(css.len() + css.len() / 4);
    let mut in_comment = false;
    for line in css.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if !in_comment && (trimmed.starts_with("@media") || trimmed.starts_with("@container")) {
            out.push_str(line);
            continue;
        }
        let bytes = line.as_bytes();
        let mut i = 0;
        let mut copied = 0;
        while i < bytes.len() {
            if in_comment {
                if bytes[i..].starts_with(b"*/") {
                    in_comment = false;
                    i += 2;
                } else {
                    i += 1;
                }
                continue;
            }
            if bytes[i..].starts_with(b"/*") {
                in_comment = true;
                i += 2;
                continue;
            }
            let c = bytes[i];
            let starts_number = (c.is_ascii_digit() || c == b'.')
                && (i == 0
                    || !(bytes[i - 1].is_ascii_alphanumeric()
                        || bytes[i - 1] == b'-'
                        || bytes[i - 1] == b'_'
                        || bytes[i - 1] == b'.'))
                || (c == b'-'
                    && i + 1 < bytes.len()
                    && (bytes[i + 1].is_ascii_digit() || bytes[i + 1] == b'.')
                    && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()));
            if !starts_number {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < bytes.len() && (bytes[j].is_ascii_digit() || bytes[j] == b'.') {
                j += 1;
            }
            let unit_end = j + 3;
            let is_rem = line.get(j..unit_end) == Some("rem")
                && !bytes
                    .get(unit_end)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_');
            if is_rem && line[i..j].chars().any(|c| c.is_ascii_digit()) {
                out.push_str(&line[copied..i]);
                out.push_str(&format!("calc({} * var(--hpd-rem))", &line[i..j]));
                copied = unit_end;
                i = unit_end;
            } else {
                i = j;
            }
        }
        out.push_str(&line[copied..]);
    }
    out
}
