//! plan-tool: check, migrate and generate plan files with the editor's own code, and
//! print a plan's one-decision summary.
//!
//! Exit status: 0 success; 1 a plan or catalogue file has problems; 2 usage error or a file that
//! cannot be read; 3 internal error (a bug: please report it).

use std::io::Write;
use std::process::ExitCode;

use helhedsplan::format::{self, FormatError};
use helhedsplan::model::{Catalogue, CatalogueError};

const HELP: &str = "\
plan-tool: check, migrate and generate helhedsplan plan files

Usage:
  plan-tool validate [--strict] FILE...
                                  check plan files; prints one line per problem,
                                  FILE: PATH: message (PATH is a JSON Pointer), and
                                  one per warning, FILE: PATH: warning: message
                                  (warnings do not stop the editor loading the plan;
                                  with --strict they count as problems)
  plan-tool migrate FILE          print the plan in the current format version
  plan-tool schema                print the JSON Schema of the plan format
  plan-tool decision FILE [--complaint-route TEXTFILE] [--date YYYY-MM-DD]
                         [--catalogue CATALOGUE]
                                  print the one-decision summary of a plan as JSON
                                  (interventions needing a decision, by sector and
                                  legal basis, with the complaint-route text; labels
                                  from CATALOGUE, default the built-in one)
  plan-tool decision --schema     print the JSON Schema of the decision summary
  plan-tool catalogue FILE        check a municipality's catalogue (catalogue-src)
                                  as the editor does; prints what it offers
  plan-tool sample NAME           print a sample plan
  plan-tool sample --list         print the sample names, one a line
  plan-tool sample --generate GOALS INTERVENTIONS [--seed N]
                                  print a valid synthetic plan (same seed, same plan)
  plan-tool --help                print this help

Exit status: 0 ok, 1 a plan or catalogue has problems, 2 usage error or unreadable file,
3 internal error.
";

/// How a command ended.
enum Outcome {
    Ok,
    Problems,
    Usage(String),
    Unreadable,
}

fn main() -> ExitCode {
    // A final guard: no path below is meant to panic, but if one does, say so plainly
    // and exit with a distinct status. (The release profile aborts on panic, so a hook
    // rather than catch_unwind.)
    std::panic::set_hook(Box::new(|info| {
        eprintln!("plan-tool: internal error (please report this): {info}");
        std::process::exit(3);
    }));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = std::io::stdout().lock();
    match run(&args, &mut out) {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(1),
        Ok(Outcome::Usage(message)) => {
            eprintln!("plan-tool: {message}\nTry `plan-tool --help`.");
            ExitCode::from(2)
        }
        Ok(Outcome::Unreadable) => ExitCode::from(2),
        // Writing to stdout failed (for example a closed pipe): nothing more to say.
        Err(_) => ExitCode::from(2),
    }
}

fn run(args: &[String], out: &mut impl Write) -> std::io::Result<Outcome> {
    let Some(command) = args.first() else {
        return Ok(Outcome::Usage("no command given".into()));
    };
    let rest = &args[1..];
    if args.iter().any(|a| a == "--help" || a == "-h") || command == "help" {
        out.write_all(HELP.as_bytes())?;
        return Ok(Outcome::Ok);
    }
    match command.as_str() {
        "validate" => validate(rest, out),
        "migrate" => migrate(rest, out),
        "schema" => {
            if let Some(extra) = rest.first() {
                return Ok(Outcome::Usage(format!(
                    "schema takes no arguments, got `{extra}`"
                )));
            }
            out.write_all(format::schema::schema_json().as_bytes())?;
            Ok(Outcome::Ok)
        }
        "sample" => sample(rest, out),
        "decision" => decision(rest, out),
        "catalogue" => catalogue(rest, out),
        other => Ok(Outcome::Usage(format!("unknown command `{other}`"))),
    }
}

/// Reads a file, or reports why not on stderr.
fn read(file: &str) -> Option<Vec<u8>> {
    match std::fs::read(file) {
        Ok(bytes) => Some(bytes),
        Err(e) => {
            eprintln!("plan-tool: cannot read {file}: {e}");
            None
        }
    }
}

/// Reads a UTF-8 text file, or reports why not on stderr.
fn read_text(file: &str) -> Option<String> {
    let text = String::from_utf8(read(file)?);
    if text.is_err() {
        eprintln!("plan-tool: cannot read {file}: not UTF-8 text");
    }
    text.ok()
}

fn print_problems(out: &mut impl Write, file: &str, errors: &[FormatError]) -> std::io::Result<()> {
    for e in errors {
        // One problem, one line: a message never spans lines in the output.
        let message = e.message.replace(['\n', '\r'], " ");
        writeln!(out, "{file}: {}: {message}", e.display_path())?;
    }
    Ok(())
}

fn validate(args: &[String], out: &mut impl Write) -> std::io::Result<Outcome> {
    let strict = args.iter().any(|a| a == "--strict");
    let files: Vec<&String> = args.iter().filter(|a| *a != "--strict").collect();
    if files.is_empty() {
        return Ok(Outcome::Usage("validate needs at least one FILE".into()));
    }
    if let Some(flag) = files.iter().find(|f| f.starts_with("--")) {
        return Ok(Outcome::Usage(format!(
            "unknown option `{flag}` for validate"
        )));
    }
    let mut unreadable = false;
    let mut problems = false;
    for file in files {
        let Some(bytes) = read(file) else {
            unreadable = true;
            continue;
        };
        match format::import_bytes_checked(&bytes) {
            Err(errors) => {
                problems = true;
                print_problems(out, file, &errors)?;
            }
            Ok(imported) => {
                problems |= strict && !imported.problems.is_empty();
                for warning in &imported.problems {
                    let message = warning.message.replace(['\n', '\r'], " ");
                    writeln!(out, "{file}: {}: warning: {message}", warning.path)?;
                }
            }
        }
    }
    Ok(if unreadable {
        Outcome::Unreadable
    } else if problems {
        Outcome::Problems
    } else {
        Outcome::Ok
    })
}

fn migrate(args: &[String], out: &mut impl Write) -> std::io::Result<Outcome> {
    let [file] = args else {
        return Ok(Outcome::Usage("migrate takes exactly one FILE".into()));
    };
    let Some(bytes) = read(file) else {
        return Ok(Outcome::Unreadable);
    };
    match format::import_bytes(&bytes) {
        Ok(plan) => {
            writeln!(out, "{}", format::export_json(&plan))?;
            Ok(Outcome::Ok)
        }
        Err(errors) => {
            // The problems go to stderr so stdout is only ever a plan.
            let mut err = std::io::stderr().lock();
            print_problems(&mut err, file, &errors)?;
            Ok(Outcome::Problems)
        }
    }
}

fn sample(args: &[String], out: &mut impl Write) -> std::io::Result<Outcome> {
    match args.first().map(String::as_str) {
        None => Ok(Outcome::Usage(
            "sample needs a NAME, --list or --generate".into(),
        )),
        Some("--list") => {
            if args.len() > 1 {
                return Ok(Outcome::Usage("sample --list takes no arguments".into()));
            }
            for (name, _title) in format::samples::list() {
                writeln!(out, "{name}")?;
            }
            Ok(Outcome::Ok)
        }
        Some("--generate") => generate(&args[1..], out),
        Some(name) if name.starts_with('-') => Ok(Outcome::Usage(format!(
            "unknown option `{name}` for sample"
        ))),
        Some(name) => {
            if args.len() > 1 {
                return Ok(Outcome::Usage("sample takes one NAME".into()));
            }
            match format::samples::get(name) {
                Some(json) => {
                    out.write_all(json.as_bytes())?;
                    Ok(Outcome::Ok)
                }
                None => {
                    let names: Vec<&str> =
                        format::samples::list().iter().map(|(n, _)| *n).collect();
                    Ok(Outcome::Usage(format!(
                        "no sample called `{name}`; the samples are: {}",
                        names.join(", ")
                    )))
                }
            }
        }
    }
}

/// `decision FILE [--complaint-route TEXTFILE] [--date YYYY-MM-DD] [--catalogue FILE]`
/// and `decision --schema`.
fn decision(args: &[String], out: &mut impl Write) -> std::io::Result<Outcome> {
    if args.first().map(String::as_str) == Some("--schema") {
        if args.len() > 1 {
            return Ok(Outcome::Usage(
                "decision --schema takes no arguments".into(),
            ));
        }
        let schema = helhedsplan::model::decision::json_schema();
        let text = serde_json::to_string_pretty(&schema).expect("a JSON value serializes");
        writeln!(out, "{text}")?;
        return Ok(Outcome::Ok);
    }
    let mut file = None;
    let mut complaint_file = None;
    let mut date = None;
    let mut catalogue_file = None;
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        // `--option value` or `--option=value`.
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_string())),
            _ => (arg, None),
        };
        if ["--complaint-route", "--date", "--catalogue"].contains(&name) {
            let value = match inline {
                Some(value) => value,
                None => {
                    i += 1;
                    match args.get(i) {
                        Some(value) => value.clone(),
                        None => return Ok(Outcome::Usage(format!("{name} needs a value"))),
                    }
                }
            };
            if name == "--date" {
                match chrono::NaiveDate::parse_from_str(&value, "%Y-%m-%d") {
                    Ok(d) => date = Some(d),
                    Err(_) => {
                        return Ok(Outcome::Usage(format!(
                            "--date needs a date as YYYY-MM-DD, got `{value}`"
                        )))
                    }
                }
            } else if name == "--catalogue" {
                catalogue_file = Some(value);
            } else {
                complaint_file = Some(value);
            }
        } else if arg.starts_with('-') {
            return Ok(Outcome::Usage(format!(
                "unknown option `{arg}` for decision"
            )));
        } else if file.is_some() {
            return Ok(Outcome::Usage("decision takes exactly one FILE".into()));
        } else {
            file = Some(arg.to_string());
        }
        i += 1;
    }
    let Some(file) = file else {
        return Ok(Outcome::Usage("decision needs a plan FILE".into()));
    };
    let complaint_route = match complaint_file {
        Some(path) => match read_text(&path) {
            // A text file's final line break is not part of the text.
            Some(text) => Some(text.trim_end().to_string()),
            None => return Ok(Outcome::Unreadable),
        },
        None => None,
    };
    let catalogue = match catalogue_file {
        Some(path) => match load_catalogue(&path) {
            Ok(catalogue) => catalogue,
            Err(outcome) => return Ok(outcome),
        },
        None => Catalogue::default(),
    };
    let Some(bytes) = read(&file) else {
        return Ok(Outcome::Unreadable);
    };
    match format::import_bytes(&bytes) {
        Ok(plan) => {
            let summary = helhedsplan::model::decision::summary(
                &plan,
                &catalogue,
                complaint_route.as_deref(),
                date.unwrap_or_else(|| chrono::Local::now().date_naive()),
            );
            out.write_all(helhedsplan::model::decision::to_json(&summary).as_bytes())?;
            Ok(Outcome::Ok)
        }
        Err(errors) => {
            // As `migrate`: problems on stderr, so stdout is only ever a summary.
            let mut err = std::io::stderr().lock();
            print_problems(&mut err, &file, &errors)?;
            Ok(Outcome::Problems)
        }
    }
}

/// Reads and checks a host's catalogue as the editor's `catalogue-src` does; a refusal is
/// said on stderr (`FILE: reason`) and becomes the outcome.
fn load_catalogue(path: &str) -> Result<Catalogue, Outcome> {
    let Some(text) = read_text(path) else {
        return Err(Outcome::Unreadable);
    };
    Catalogue::from_host_json(&text).map_err(|err| {
        let why = match err {
            CatalogueError::Json(err) => format!("not catalogue JSON: {err}"),
            CatalogueError::Problem(problem) => format!("not a usable catalogue: {problem}"),
        };
        eprintln!("{path}: {why}");
        Outcome::Problems
    })
}

/// `catalogue FILE`: checks a municipality's catalogue before it is put on a server.
fn catalogue(args: &[String], out: &mut impl Write) -> std::io::Result<Outcome> {
    let [path] = args else {
        return Ok(Outcome::Usage("catalogue needs exactly one FILE".into()));
    };
    if path.starts_with('-') {
        return Ok(Outcome::Usage(format!(
            "unknown option `{path}` for catalogue"
        )));
    }
    match load_catalogue(path) {
        Ok(c) => {
            writeln!(
                out,
                "{path}: ok: \"{}\" ({}) offers {} life areas, {} legal bases, {} intervention types",
                c.label.da,
                c.code,
                c.life_areas.len(),
                c.legal_bases.len(),
                c.intervention_types.len()
            )?;
            Ok(Outcome::Ok)
        }
        Err(outcome) => Ok(outcome),
    }
}

/// The most goals or interventions `--generate` makes: enough for load tests, small
/// enough that the output stays under the importer's size limit.
const GENERATE_MAX: usize = 2_000;

fn generate(args: &[String], out: &mut impl Write) -> std::io::Result<Outcome> {
    let mut numbers = Vec::new();
    let mut seed = None;
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        if arg == "--seed" {
            let Some(value) = args.get(i + 1) else {
                return Ok(Outcome::Usage("--seed needs a number".into()));
            };
            let Ok(n) = value.parse::<u64>() else {
                return Ok(Outcome::Usage(format!(
                    "--seed needs a whole number from 0, got `{value}`"
                )));
            };
            seed = Some(n);
            i += 2;
            continue;
        }
        if let Some(value) = arg.strip_prefix("--seed=") {
            let Ok(n) = value.parse::<u64>() else {
                return Ok(Outcome::Usage(format!(
                    "--seed needs a whole number from 0, got `{value}`"
                )));
            };
            seed = Some(n);
        } else if arg.starts_with('-') {
            return Ok(Outcome::Usage(format!(
                "unknown option `{arg}` for --generate"
            )));
        } else {
            match arg.parse::<usize>() {
                Ok(n) if n <= GENERATE_MAX => numbers.push(n),
                _ => {
                    return Ok(Outcome::Usage(format!(
                        "GOALS and INTERVENTIONS are whole numbers from 0 to {GENERATE_MAX}, got `{arg}`"
                    )))
                }
            }
        }
        i += 1;
    }
    let [goals, interventions] = numbers[..] else {
        return Ok(Outcome::Usage(
            "sample --generate needs GOALS and INTERVENTIONS, e.g. `sample --generate 5 8 --seed 1`"
                .into(),
        ));
    };
    let seed = seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
    });
    let plan = helhedsplan::model::generate::synthetic_plan(goals, interventions, seed);
    writeln!(out, "{}", format::export_json(&plan))?;
    Ok(Outcome::Ok)
}
