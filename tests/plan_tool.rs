//! plan-tool as a user runs it: the built binary, its exit codes and its output lines.
// Native only: these tests use proptest, jsonschema, files or processes.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use helhedsplan::format;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_plan-tool");

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(root())
        .output()
        .expect("plan-tool runs")
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited, not killed by a signal")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

/// A scratch directory for this test binary.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("plan_tool")
        .join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn manifest() -> Value {
    let text = std::fs::read_to_string(root().join("tests/corpus/bad/expected.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn validate_accepts_every_sample_silently() {
    let files: Vec<String> = format::samples::list()
        .iter()
        .map(|(name, _)| format!("samples/{name}.json"))
        .collect();
    let mut args = vec!["validate"];
    args.extend(files.iter().map(String::as_str));
    args.push("tests/corpus/good/minimal.json");
    args.push("tests/corpus/good/minimal-v1.json");
    let out = run(&args);
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
    assert_eq!(stdout(&out), "");
}

#[test]
fn validate_reports_each_corpus_file_as_file_path_message_lines() {
    let manifest = manifest();
    let files = manifest["files"].as_object().unwrap();
    for (name, expected) in files {
        let file = format!("tests/corpus/bad/{name}");
        let out = run(&["validate", &file]);
        assert_eq!(code(&out), 1, "{name}: {}", stderr(&out));
        let text = stdout(&out);
        let lines: Vec<&str> = text.lines().collect();
        assert!(!lines.is_empty(), "{name}: no problem printed");
        if let Some(count) = expected.get("count").and_then(Value::as_u64) {
            assert_eq!(lines.len() as u64, count, "{name}: {text}");
        }
        let path = match expected["path"].as_str() {
            Some("") => "(document)",
            Some(p) => p,
            None => "",
        };
        let prefix = format!("{file}: {path}");
        assert!(
            lines[0].starts_with(&prefix),
            "{name}: {:?} does not start with {prefix:?}",
            lines[0]
        );
        assert!(
            lines[0].contains(expected["message"].as_str().unwrap()),
            "{name}: {:?}",
            lines[0]
        );
        for line in &lines {
            assert!(line.starts_with(&format!("{file}: ")), "{name}: {line:?}");
            assert!(line.splitn(3, ": ").count() == 3, "{name}: {line:?}");
        }
    }
}

#[test]
fn validate_refuses_generated_huge_and_deep_files() {
    let manifest = manifest();
    let dir = scratch("generated");
    for (name, case) in manifest["generated"].as_object().unwrap() {
        let recipe = &case["recipe"];
        let text = format!(
            "{}{}{}",
            recipe["prefix"].as_str().unwrap(),
            recipe["repeat"]
                .as_str()
                .unwrap()
                .repeat(recipe["count"].as_u64().unwrap() as usize),
            recipe["suffix"].as_str().unwrap()
        );
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        let path = path.to_str().unwrap();
        let out = run(&["validate", path]);
        assert_eq!(code(&out), 1, "{name}: {}", stderr(&out));
        let line = stdout(&out);
        assert!(
            line.starts_with(&format!("{path}: (document): ")),
            "{name}: {line}"
        );
        assert!(
            line.contains(case["message"].as_str().unwrap()),
            "{name}: {line}"
        );
        assert_eq!(line.lines().count(), 1);
    }
}

#[test]
fn validate_mixed_files_reports_only_the_bad_ones() {
    let out = run(&[
        "validate",
        "samples/mor-med-angst.json",
        "tests/corpus/bad/version-newer.json",
    ]);
    assert_eq!(code(&out), 1);
    assert_eq!(
        stdout(&out),
        "tests/corpus/bad/version-newer.json: /schema_version: schema_version 7 is newer \
         than this editor supports (5); open the file in a newer version of the editor\n"
    );
}

#[test]
fn unreadable_file_is_exit_2_and_wins_over_problems() {
    let out = run(&["validate", "no/such/file.json"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("cannot read no/such/file.json"),
        "{}",
        stderr(&out)
    );
    let out = run(&[
        "validate",
        "tests/corpus/bad/empty.json",
        "no/such/file.json",
    ]);
    assert_eq!(code(&out), 2);
    assert!(stdout(&out).contains("tests/corpus/bad/empty.json: (document): "));
    // A directory is not a readable file either.
    assert_eq!(code(&run(&["validate", "samples"])), 2);
}

#[test]
fn usage_errors_are_exit_2_with_a_hint() {
    for args in [
        &[][..],
        &["frobnicate"][..],
        &["validate"][..],
        &["validate", "--lenient", "x.json"][..],
        &["migrate"][..],
        &["migrate", "a.json", "b.json"][..],
        &["schema", "extra"][..],
        &["sample"][..],
        &["sample", "nobody"][..],
        &["sample", "--list", "extra"][..],
        &["sample", "--generate"][..],
        &["sample", "--generate", "3"][..],
        &["sample", "--generate", "3", "x"][..],
        &["sample", "--generate", "3", "4", "5"][..],
        &["sample", "--generate", "3", "4", "--seed"][..],
        &["sample", "--generate", "3", "4", "--seed", "-1"][..],
        &["sample", "--generate", "99999", "4"][..],
        &["decision"][..],
        &[
            "decision",
            "samples/mor-med-angst.json",
            "samples/familie-med-barn.json",
        ][..],
        &["decision", "--strict", "samples/mor-med-angst.json"][..],
        &["decision", "samples/mor-med-angst.json", "--date"][..],
        &[
            "decision",
            "samples/mor-med-angst.json",
            "--date",
            "15-03-2026",
        ][..],
        &[
            "decision",
            "samples/mor-med-angst.json",
            "--complaint-route",
        ][..],
        &["decision", "--schema", "extra"][..],
        &["decision", "samples/mor-med-angst.json", "--catalogue"][..],
        &["catalogue"][..],
        &["catalogue", "--strict", "examples/catalogues/fjordby.json"][..],
        &[
            "catalogue",
            "examples/catalogues/fjordby.json",
            "src/model/catalogues/default.json",
        ][..],
    ] {
        let out = run(args);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("plan-tool --help"), "{args:?}");
        assert_eq!(stdout(&out), "", "{args:?}");
    }
}

#[test]
fn help_lists_every_command() {
    for flag in ["--help", "-h", "help"] {
        let out = run(&[flag]);
        assert_eq!(code(&out), 0);
        let text = stdout(&out);
        for command in [
            "validate",
            "migrate",
            "schema",
            "sample --list",
            "--generate",
            "--seed",
            "decision",
            "--complaint-route",
            "--catalogue",
            "catalogue FILE",
        ] {
            assert!(text.contains(command), "{flag}: {command}");
        }
    }
}

#[test]
fn schema_prints_the_committed_schema() {
    let out = run(&["schema"]);
    assert_eq!(code(&out), 0);
    let committed = std::fs::read_to_string(root().join("schema/plan.schema.json")).unwrap();
    assert_eq!(stdout(&out), committed);
}

#[test]
fn sample_list_and_sample_name() {
    let out = run(&["sample", "--list"]);
    assert_eq!(code(&out), 0);
    assert_eq!(
        stdout(&out),
        "mor-med-angst\nung-efter-psykiatri\nfamilie-med-barn\n\
         fleksjob-efter-ulykke\nmisbrug-og-gaeld\naeldre-efter-fald\n"
    );
    for (name, _) in format::samples::list() {
        let out = run(&["sample", name]);
        assert_eq!(code(&out), 0);
        assert_eq!(stdout(&out), format::samples::get(name).unwrap());
    }
}

#[test]
fn sample_generate_is_valid_and_deterministic_with_a_seed() {
    let a = run(&["sample", "--generate", "4", "6", "--seed", "42"]);
    let b = run(&["sample", "--generate", "4", "6", "--seed=42"]);
    let c = run(&["sample", "--generate", "4", "6", "--seed", "43"]);
    assert_eq!(code(&a), 0, "{}", stderr(&a));
    assert_eq!(stdout(&a), stdout(&b));
    assert_ne!(stdout(&a), stdout(&c));
    let plan = format::import_json(&stdout(&a)).expect("generated plan imports");
    assert_eq!(plan.goals.len(), 4);
    assert_eq!(plan.interventions.len(), 6);
    // Without a seed it still makes a valid plan.
    let d = run(&["sample", "--generate", "2", "3"]);
    assert_eq!(code(&d), 0);
    assert!(format::import_json(&stdout(&d)).is_ok());
}

#[test]
fn migrate_prints_the_current_version() {
    let out = run(&["migrate", "tests/corpus/good/minimal-v1.json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with(&format!(
        "{{\n  \"schema_version\": {},",
        format::SCHEMA_VERSION
    )));
    let migrated = format::import_json(&text).unwrap();
    let v2 = format::import_bytes(
        &std::fs::read(root().join("tests/corpus/good/minimal.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(migrated, v2);
}

/// `command` on a plan with three problems: exit 1, nothing on stdout, and each problem as
/// a `FILE: PATH: message` line on stderr.
fn problems_go_to_stderr_only(command: &str) {
    let file = "tests/corpus/bad/three-errors.json";
    let out = run(&[command, file]);
    assert_eq!(code(&out), 1, "{command}");
    assert_eq!(stdout(&out), "", "{command}");
    assert_eq!(stderr(&out).lines().count(), 3, "{}", stderr(&out));
    let prefix = format!("{file}: /");
    assert!(stderr(&out).lines().all(|l| l.starts_with(&prefix)));
}

#[test]
fn migrate_of_a_bad_file_prints_problems_on_stderr_only() {
    problems_go_to_stderr_only("migrate");
}

#[test]
fn messages_stay_on_one_line() {
    // A file whose unknown field name contains a line break.
    let dir = scratch("multiline");
    let path = dir.join("newline-key.json");
    std::fs::write(
        &path,
        r#"{"schema_version": 2, "id": "3f2c1a9e-8b7d-4c6e-9f10-2a3b4c5d6e7f", "title": "x",
            "citizen": {}, "a\nb": 1}"#,
    )
    .unwrap();
    let out = run(&["validate", path.to_str().unwrap()]);
    assert_eq!(code(&out), 1);
    assert_eq!(stdout(&out).lines().count(), 1, "{}", stdout(&out));
}

#[test]
fn a_closed_stdout_is_not_a_panic() {
    use std::io::Read;
    use std::process::Stdio;
    // Read one byte of the schema, then close the pipe: plan-tool must not panic
    // (Rust's println! would) and must not report an internal error.
    let mut child = Command::new(BIN)
        .args(["sample", "--generate", "300", "2000", "--seed", "1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_ne!(code(&out), 3, "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}

#[test]
fn results_are_the_same_as_the_library_for_every_corpus_file() {
    // One invocation with every corpus file: each file's lines equal the library's errors.
    let dir = root().join("tests/corpus/bad");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "expected.json")
        .collect();
    names.sort();
    let files: Vec<String> = names
        .iter()
        .map(|n| format!("tests/corpus/bad/{n}"))
        .collect();
    let mut args = vec!["validate"];
    args.extend(files.iter().map(String::as_str));
    let out = run(&args);
    assert_eq!(code(&out), 1);
    let mut by_file: BTreeMap<&str, usize> = BTreeMap::new();
    let text = stdout(&out);
    for line in text.lines() {
        let file = line.split(": ").next().unwrap();
        *by_file.entry(file).or_default() += 1;
    }
    for file in &files {
        let errors = format::import_bytes(&std::fs::read(root().join(file)).unwrap()).unwrap_err();
        assert_eq!(by_file.get(file.as_str()), Some(&errors.len()), "{file}");
    }
}

#[test]
fn decision_prints_the_summary_the_library_makes() {
    use helhedsplan::model::{decision, Catalogue};
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
    for (name, _) in format::samples::list() {
        let file = format!("samples/{name}.json");
        let out = run(&["decision", &file, "--date", "2026-03-15"]);
        assert_eq!(code(&out), 0, "{name}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{name}");
        let plan = format::import_json(format::samples::get(name).unwrap()).unwrap();
        let expected = decision::summary(&plan, &Catalogue::default(), None, day);
        assert_eq!(stdout(&out), decision::to_json(&expected), "{name}");
        // As a backend reads it: the tag, and one row per intervention needing a decision.
        let value: Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(value["kind"], "helhedsplan-decision-summary");
        assert_eq!(value["schema_version"], 2);
        assert_eq!(value["complaint_route"]["source"], "default");
        let rows: usize = value["sectors"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["legal_bases"].as_array().unwrap())
            .map(|g| g["interventions"].as_array().unwrap().len())
            .sum();
        let needed = plan
            .interventions
            .iter()
            .filter(|i| i.decision.needed)
            .count();
        assert_eq!(rows, needed, "{name}");
        assert_eq!(value["counts"]["total"], needed);
    }
    // --date=… works too, and without --date it is today.
    let a = run(&[
        "decision",
        "samples/mor-med-angst.json",
        "--date=2026-03-15",
    ]);
    assert_eq!(code(&a), 0);
    let value: Value = serde_json::from_str(&stdout(&a)).unwrap();
    assert_eq!(value["created_on"], "2026-03-15");
    let b = run(&["decision", "samples/mor-med-angst.json"]);
    assert_eq!(code(&b), 0, "{}", stderr(&b));
    let value: Value = serde_json::from_str(&stdout(&b)).unwrap();
    let created = value["created_on"].as_str().unwrap().to_string();
    let today = chrono::Local::now().date_naive();
    assert!(
        created == today.to_string() || created == today.pred_opt().unwrap().to_string(),
        "{created}"
    );
}

#[test]
fn decision_uses_the_hosts_complaint_route_from_a_file() {
    let dir = scratch("decision");
    let path = dir.join("klage.txt");
    let text = "Klag til Holmstrup Kommune, Borgerservice.\n\nSkriv til klage@holmstrup.example.";
    std::fs::write(&path, format!("{text}\n")).unwrap();
    let out = run(&[
        "decision",
        "samples/familie-med-barn.json",
        "--complaint-route",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let value: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(value["complaint_route"]["source"], "host");
    assert_eq!(value["complaint_route"]["text"], text);
    // A complaint-route file that cannot be read is exit 2, and nothing on stdout.
    let out = run(&[
        "decision",
        "samples/familie-med-barn.json",
        "--complaint-route",
        "no/such/klage.txt",
    ]);
    assert_eq!(code(&out), 2);
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("cannot read no/such/klage.txt"));
}

#[test]
fn decision_names_groups_and_sectors_from_the_municipalitys_catalogue() {
    use helhedsplan::model::decision;
    let fjordby = "examples/catalogues/fjordby.json";
    let out = run(&[
        "decision",
        "samples/mor-med-angst.json",
        "--catalogue",
        fjordby,
        "--date",
        "2026-03-15",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let catalogue =
        format::import_catalogue(&std::fs::read_to_string(root().join(fjordby)).unwrap()).unwrap();
    let plan =
        format::import_bytes(&std::fs::read(root().join("samples/mor-med-angst.json")).unwrap())
            .unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
    let expected = decision::summary(&plan, &catalogue, None, day);
    assert_eq!(stdout(&out), decision::to_json(&expected));
    // As a backend reads it: the municipality's names, not the built-in ones.
    let value: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let names: Vec<&str> = value["sectors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["label"]["da"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Social- og handicapområdet", "Jobcenter Fjordby"]);
    assert_eq!(
        value["sectors"][1]["legal_bases"][0]["catalogue_code"],
        "lab_167"
    );
}

#[test]
fn catalogue_checks_a_municipal_catalogue_as_the_editor_does() {
    let out = run(&["catalogue", "examples/catalogues/fjordby.json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "examples/catalogues/fjordby.json: ok: \"Fjordby Kommunes katalog\" (fjordby) offers 6 life areas, 4 legal bases, 4 intervention types\n"
    );
    // The two test catalogues the embed suite gives the element: refused for the same reasons.
    let out = run(&[
        "catalogue",
        "examples/test/catalogue-without-life-areas.json",
    ]);
    assert_eq!(code(&out), 1);
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "examples/test/catalogue-without-life-areas.json: not a usable catalogue: it has no life areas (life_areas is empty)\n"
    );
    let out = run(&["catalogue", "examples/test/broken-catalogue.json"]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).starts_with("examples/test/broken-catalogue.json: not catalogue JSON: "));
    // A catalogue that is refused stops `decision` too, before any output.
    let dir = scratch("catalogue");
    let path = dir.join("dobbelt.json");
    let mut value: Value =
        serde_json::from_str(include_str!("../examples/catalogues/fjordby.json")).unwrap();
    let first = value["legal_bases"][0].clone();
    value["legal_bases"].as_array_mut().unwrap().push(first);
    std::fs::write(&path, value.to_string()).unwrap();
    let out = run(&[
        "decision",
        "samples/mor-med-angst.json",
        "--catalogue",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 1);
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).contains(
            "not a usable catalogue: two entries in legal_bases have the code \"sel_82\""
        ),
        "{}",
        stderr(&out)
    );
    let out = run(&["catalogue", "no/such/katalog.json"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("cannot read no/such/katalog.json"));
}

#[test]
fn decision_of_a_bad_or_missing_file_follows_the_exit_codes() {
    problems_go_to_stderr_only("decision");
    let out = run(&["decision", "no/such/plan.json"]);
    assert_eq!(code(&out), 2);
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("cannot read no/such/plan.json"));
}

#[test]
fn decision_schema_is_the_librarys_and_describes_the_output() {
    let out = run(&["decision", "--schema"]);
    assert_eq!(code(&out), 0);
    let schema: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(schema, helhedsplan::model::decision::json_schema());
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&schema)
        .unwrap();
    let summary = run(&["decision", "samples/ung-efter-psykiatri.json"]);
    let value: Value = serde_json::from_str(&stdout(&summary)).unwrap();
    assert!(validator.is_valid(&value));
}

/// Warnings (what two people editing at once can leave: a removed goal still linked)
/// are printed but do not fail validation, unless --strict.
#[test]
fn warnings_are_printed_and_fail_only_with_strict() {
    let file = "tests/corpus/warnings/dangling-references.json";
    let out = run(&["validate", file]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(
        text.lines()
            .all(|l| l.starts_with(&format!("{file}: /")) && l.contains(": warning: ")),
        "{text}"
    );
    let strict = run(&["validate", "--strict", file]);
    assert_eq!(code(&strict), 1);
    assert_eq!(stdout(&strict), text);
}

/// The bytes a terminal acts on rather than shows: C0 controls other than line feed and
/// tab, DEL, and the C1 controls (U+0080–U+009F, which are C2 80–C2 9F in UTF-8).
fn terminal_controls(bytes: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        let c1 = b == 0xC2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n));
        if (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7F || c1 {
            found.push(format!("0x{b:02x} at byte {i}"));
        }
    }
    found
}

#[test]
fn control_characters_in_names_keys_and_arguments_are_escaped() {
    // A plan whose duplicated key, and whose file name, start a terminal colour sequence;
    // a catalogue with a DEL and a C1 control in a duplicated key; arguments with ESC.
    let dir = scratch("escapes");
    let plan = dir.join("plan\u{1b}[31m.json");
    std::fs::write(
        &plan,
        r#"{"schema_version": 2, "\u001b[31mred": 1, "\u001b[31mred": 2}"#,
    )
    .unwrap();
    let catalogue = dir.join("katalog\u{9b}2J.json");
    std::fs::write(&catalogue, r#"{"a\u007f\u009b": 1, "a\u007f\u009b": 2}"#).unwrap();
    let plan = plan.to_str().unwrap();
    let catalogue = catalogue.to_str().unwrap();
    let missing = "findes\u{1b}]0;ikke\u{7}.json";
    for args in [
        &["validate", plan][..],
        &["migrate", plan][..],
        &["decision", plan][..],
        &["catalogue", catalogue][..],
        &[
            "decision",
            "samples/mor-med-angst.json",
            "--catalogue",
            catalogue,
        ][..],
        &["validate", missing][..],
        &["catalogue", missing][..],
        &["sample", "\u{1b}[2J"][..],
        &["frobnicate\u{1b}[2J"][..],
    ] {
        let out = run(args);
        assert!((1..=2).contains(&code(&out)), "{args:?}: {}", stderr(&out));
        let printed = [out.stdout.as_slice(), out.stderr.as_slice()].concat();
        assert!(!printed.is_empty(), "{args:?} says why");
        assert_eq!(
            terminal_controls(&printed),
            Vec::<String>::new(),
            "{args:?} printed {:?}",
            String::from_utf8_lossy(&printed)
        );
    }
    // What was escaped is still there to read.
    let out = run(&["validate", plan]);
    assert_eq!(
        stdout(&out),
        format!(
            "{}: (document): the key `\\u001b[31mred` appears twice in the same object at the \
             top level; each key may appear once\n",
            plan.replace('\u{1b}', "\\u001b")
        )
    );
}

/// A plan with a joint assessment: the citizen's and a professional's description of her
/// anxiety, one of her money worries, a medical certificate already obtained, and why she
/// gets one plan.
fn plan_with_assessment() -> helhedsplan::model::Plan {
    use helhedsplan::model::*;
    let at = chrono::DateTime::parse_from_rfc3339("2026-03-03T10:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    let jonas = Actor::new(Role::Caseworker, "Jonas Holm");
    let lise = Actor::new(Role::Professional, "Lise Bak");
    let day = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    let mut plan = Plan::new("Mettes plan");
    let mut own = AssessmentEntry::new("mentale_funktioner", Perspective::Citizen, &jonas, at);
    own.text = "Jeg bliver bange, når jeg skal nye steder hen.".into();
    own.source = "Samtale med borgeren".into();
    own.date = Some(day(3, 3));
    let mut epikrise =
        AssessmentEntry::new("mentale_funktioner", Perspective::Professional, &lise, at);
    epikrise.text = "Moderat angst; samtaleterapi fortsætter.".into();
    epikrise.source = "Epikrise fra Psykiatrisk Center, marts 2026".into();
    let mut money = AssessmentEntry::new("oekonomi_bolig", Perspective::Citizen, &jonas, at);
    money.text = "Huslejen er svær at betale.".into();
    plan.assessment = vec![own, epikrise, money];
    let mut attest = KnownFact::new("Lægeattest 2025", &jonas, at);
    attest.held_by = "Jobcenter Aarhus".into();
    attest.obtained = Some(chrono::NaiveDate::from_ymd_opt(2025, 11, 14).unwrap());
    attest.health = Some(true);
    plan.known_facts = vec![attest];
    plan.target_group = TargetGroup {
        group: Some(TargetGroupKind::ComplexProblems),
        reason: "Plan i jobcentret og støtte efter serviceloven.".into(),
    };
    plan
}

#[test]
fn assessment_prints_both_voices_the_known_list_and_the_target_group() {
    let dir = scratch("assessment");
    let file = dir.join("mette.json");
    std::fs::write(&file, format::export_json(&plan_with_assessment())).unwrap();
    let out = run(&["assessment", file.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("Samlet udredning – Mettes plan\n"),
        "{text}"
    );
    assert!(text.contains(
        "  Målgruppe: Komplekse og sammensatte problemer – flere planer, der skal koordineres\n"
    ));
    assert!(text.contains("  Begrundelse: Plan i jobcentret og støtte efter serviceloven.\n"));
    // The two voices apart, under their life area; health marked by the life area.
    let mental = text.find("  Mentale funktioner\n").expect(&text);
    let citizen = text.find("    Borgerens egen beskrivelse:\n").unwrap();
    let professional = text.find("    Fagpersoners beskrivelse:\n").unwrap();
    assert!(mental < citizen && citizen < professional, "{text}");
    assert!(
        text.contains(
            "    - Jeg bliver bange, når jeg skal nye steder hen. [helbredsoplysning]\n      \
         Kilde: Samtale med borgeren · 3. marts 2026 · Skrevet ned af Jonas Holm (Sagsbehandler)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("    - Huslejen er svær at betale.\n"),
        "{text}"
    );
    assert!(text.contains(
        "Det ved vi allerede\n  - Lægeattest 2025 – 14. november 2025 – ligger hos Jobcenter Aarhus [helbredsoplysning]\n"
    ), "{text}");

    let en = run(&["assessment", "--lang", "en", file.to_str().unwrap()]);
    assert_eq!(code(&en), 0);
    assert!(stdout(&en).contains("    The citizen's own description:\n"));

    assert_eq!(code(&run(&["assessment"])), 2);
    assert_eq!(code(&run(&["assessment", "--lang", "fr", "x.json"])), 2);
}

#[test]
fn share_prints_the_document_the_library_makes_and_needs_a_party() {
    use helhedsplan::model::{share, Catalogue};
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
    let out = run(&[
        "share",
        "samples/mor-med-angst.json",
        "--party",
        "Jobcenter Holmstrup",
        "--date=2026-03-15",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let plan = format::import_json(format::samples::get("mor-med-angst").unwrap()).unwrap();
    let shared = share::for_party(&plan, &Catalogue::default(), "Jobcenter Holmstrup", day);
    assert_eq!(
        stdout(&out),
        format::share::to_json(&shared, "Jobcenter Holmstrup", day)
    );
    let value: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(value["kind"], "helhedsplan-shared-plan");
    assert!(
        !value["left_out"].as_array().unwrap().is_empty(),
        "Sara's health data is left out for the job centre"
    );
    // Usage errors exit 2; a bad plan exits 1 with its problems on stderr.
    for args in [
        vec!["share", "samples/mor-med-angst.json"],
        vec!["share", "samples/mor-med-angst.json", "--party", " "],
        vec!["share", "--party", "Jobcenter Holmstrup"],
        vec![
            "share",
            "samples/mor-med-angst.json",
            "--party",
            "X",
            "--date",
            "15-03-2026",
        ],
        vec![
            "share",
            "samples/mor-med-angst.json",
            "--party",
            "X",
            "--colour",
            "red",
        ],
    ] {
        assert_eq!(code(&run(&args)), 2, "{args:?}");
    }
    let out = run(&[
        "share",
        "tests/corpus/bad/version-is-text.json",
        "--party",
        "X",
    ]);
    assert_eq!(code(&out), 1);
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("schema_version"), "{}", stderr(&out));
}
