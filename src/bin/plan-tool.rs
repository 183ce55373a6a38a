//! plan-tool: check, migrate and generate plan files with the editor's own code, and
//! print a plan's one-decision summary and its joint assessment.
//!
//! Exit status: 0 success; 1 a plan or catalogue file has problems; 2 usage error or a file that
//! cannot be read; 3 internal error (a bug: please report it).
//!
//! Everything printed goes through [`escape_controls`] (by way of [`say`] for lines and
//! [`print_document`] for documents): file names, paths and messages quote what a file
//! or a command line contains, and a control character there must not reach the terminal.

use std::borrow::Cow;
use std::io::{Read, Write};
use std::process::ExitCode;

use helhedsplan::format::{self, CatalogueImportError, FormatError};
use helhedsplan::model::Catalogue;

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
  plan-tool share FILE --party NAME [--date YYYY-MM-DD] [--catalogue CATALOGUE]
                                  print the plan as NAME may see it by the citizen's
                                  consents (health data only where a consent covers
                                  it), with what was left out, as JSON
  plan-tool assessment FILE [--lang da|en] [--catalogue CATALOGUE]
                                  print the joint assessment (samlet udredning) as
                                  text: target group, per life area the citizen's and
                                  the professionals' descriptions, what is already
                                  known; health information is marked
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
        let _ = say(
            &mut std::io::stderr(),
            &format!("plan-tool: internal error (please report this): {info}"),
        );
        std::process::exit(3);
    }));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = std::io::stdout().lock();
    match run(&args, &mut out) {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(1),
        Ok(Outcome::Usage(message)) => {
            let mut err = std::io::stderr().lock();
            let _ = say(&mut err, &format!("plan-tool: {message}"));
            let _ = say(&mut err, "Try `plan-tool --help`.");
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
        print_document(out, HELP)?;
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
            print_document(out, &format::schema::schema_json())?;
            Ok(Outcome::Ok)
        }
        "sample" => sample(rest, out),
        "decision" => decision(rest, out),
        "share" => share(rest, out),
        "assessment" => assessment(rest, out),
        "catalogue" => catalogue(rest, out),
        other => Ok(Outcome::Usage(format!("unknown command `{other}`"))),
    }
}

/// Makes text safe to show on a terminal: every control character other than line feed
/// and tab (the C0 controls, DEL and the C1 controls U+0080–U+009F) becomes a visible
/// `\u001b`-style escape. ESC and CSI start the sequences that recolour text, move the
/// cursor or retitle the window, so a file name or a duplicate key must not print them
/// raw. The escape is JSON's own, so a JSON document stays valid JSON with the same
/// meaning (a control character can only occur inside its strings).
fn escape_controls(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Prints one line of output: line breaks inside `line` become spaces (one message, one
/// line), control characters are escaped.
fn say(out: &mut impl Write, line: &str) -> std::io::Result<()> {
    let line = line.replace(['\n', '\r'], " ");
    writeln!(out, "{}", escape_controls(&line))
}

/// Prints a document (JSON, the help) as it is, control characters escaped.
fn print_document(out: &mut impl Write, text: &str) -> std::io::Result<()> {
    out.write_all(escape_controls(text).as_bytes())
}

/// Reports on stderr; a failing stderr has nowhere left to report to.
fn say_on_stderr(line: &str) {
    let _ = say(&mut std::io::stderr().lock(), line);
}

/// What reading a plan or catalogue file gave.
enum Input {
    Bytes(Vec<u8>),
    /// Over the importer's size limit: not read at all. The size in bytes.
    TooLarge(u64),
}

/// Reads a plan or catalogue file, or reports why not on stderr. A file over the
/// importer's size limit is not read (the importers would refuse it anyway).
fn read(file: &str) -> Option<Input> {
    let opened = std::fs::File::open(file).and_then(|f| Ok((f.metadata()?.len(), f)));
    let result = opened.and_then(|(len, f)| {
        if len > format::MAX_BYTES as u64 {
            return Ok(Input::TooLarge(len));
        }
        // The file may grow after the size was read: never read more than the limit and one.
        let mut bytes = Vec::new();
        f.take(format::MAX_BYTES as u64 + 1)
            .read_to_end(&mut bytes)?;
        Ok(Input::Bytes(bytes))
    });
    match result {
        Ok(input) => Some(input),
        Err(e) => {
            say_on_stderr(&format!("plan-tool: cannot read {file}: {e}"));
            None
        }
    }
}

/// Reads and imports a plan file; `None` when it cannot be read (said on stderr).
fn import_file(file: &str) -> Option<Result<helhedsplan::model::Plan, Vec<FormatError>>> {
    import_file_checked(file).map(|imported| imported.map(|i| i.plan))
}

/// [`import_file`], with the plan's warnings.
fn import_file_checked(file: &str) -> Option<Result<format::Imported, Vec<FormatError>>> {
    Some(match read(file)? {
        Input::Bytes(bytes) => format::import_bytes_checked(&bytes),
        Input::TooLarge(len) => Err(vec![too_large(len, "plan file")]),
    })
}

/// The importer's own size error for a file of `len` bytes that was not read; `what`
/// names the kind of file ("plan file", "catalogue").
fn too_large(len: u64, what: &str) -> FormatError {
    let len = usize::try_from(len).unwrap_or(usize::MAX);
    match format::limits::check_size_of(len, what) {
        Err(e) => e,
        // Only called for sizes over the limit.
        Ok(()) => FormatError::new(format::ErrorCode::TooLarge, "", "the file is too large"),
    }
}

/// Reads a UTF-8 text file, or reports why not on stderr.
fn read_text(file: &str) -> Option<String> {
    let text = match read(file)? {
        Input::Bytes(bytes) => String::from_utf8(bytes).map_err(|_| "not UTF-8 text"),
        Input::TooLarge(_) => Err("larger than 5 MB"),
    };
    if let Err(why) = text {
        say_on_stderr(&format!("plan-tool: cannot read {file}: {why}"));
    }
    text.ok()
}

fn print_problems(out: &mut impl Write, file: &str, errors: &[FormatError]) -> std::io::Result<()> {
    for e in errors {
        say(out, &format!("{file}: {}: {}", e.display_path(), e.message))?;
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
        let Some(imported) = import_file_checked(file) else {
            unreadable = true;
            continue;
        };
        match imported {
            Err(errors) => {
                problems = true;
                print_problems(out, file, &errors)?;
            }
            Ok(imported) => {
                problems |= strict && !imported.problems.is_empty();
                for warning in &imported.problems {
                    say(
                        out,
                        &format!("{file}: {}: warning: {}", warning.path, warning.message),
                    )?;
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
    let Some(imported) = import_file(file) else {
        return Ok(Outcome::Unreadable);
    };
    match imported {
        Ok(plan) => {
            print_document(out, &format::export_json(&plan))?;
            out.write_all(b"\n")?;
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
                say(out, name)?;
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
                    print_document(out, json)?;
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

/// A command's one FILE and its `--name value` / `--name=value` options.
struct Args {
    file: String,
    values: Vec<(&'static str, String)>,
}

impl Args {
    fn get(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Reads `args` as one FILE plus the options in `names`; anything else is a usage error.
fn parse_args(command: &str, args: &[String], names: &[&'static str]) -> Result<Args, Outcome> {
    let mut file = None;
    let mut values = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_string())),
            _ => (arg, None),
        };
        if let Some(known) = names.iter().find(|n| **n == name) {
            let value = match inline {
                Some(value) => value,
                None => {
                    i += 1;
                    match args.get(i) {
                        Some(value) => value.clone(),
                        None => return Err(Outcome::Usage(format!("{name} needs a value"))),
                    }
                }
            };
            values.push((*known, value));
        } else if arg.starts_with('-') {
            return Err(Outcome::Usage(format!(
                "unknown option `{arg}` for {command}"
            )));
        } else if file.is_some() {
            return Err(Outcome::Usage(format!("{command} takes exactly one FILE")));
        } else {
            file = Some(arg.to_string());
        }
        i += 1;
    }
    match file {
        Some(file) => Ok(Args { file, values }),
        None => Err(Outcome::Usage(format!("{command} needs a plan FILE"))),
    }
}

/// `--date YYYY-MM-DD`, default today.
fn date_arg(args: &Args) -> Result<chrono::NaiveDate, Outcome> {
    match args.get("--date") {
        None => Ok(chrono::Local::now().date_naive()),
        Some(value) => chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| {
            Outcome::Usage(format!("--date needs a date as YYYY-MM-DD, got `{value}`"))
        }),
    }
}

/// `--catalogue FILE`, default the built-in adult catalogue.
fn catalogue_arg(args: &Args) -> Result<Catalogue, Outcome> {
    match args.get("--catalogue") {
        Some(path) => load_catalogue(path),
        None => Ok(Catalogue::default()),
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
        print_document(out, &text)?;
        out.write_all(b"\n")?;
        return Ok(Outcome::Ok);
    }
    let args = match parse_args(
        "decision",
        args,
        &["--complaint-route", "--date", "--catalogue"],
    ) {
        Ok(args) => args,
        Err(outcome) => return Ok(outcome),
    };
    let complaint_route = match args.get("--complaint-route") {
        Some(path) => match read_text(path) {
            // A text file's final line break is not part of the text.
            Some(text) => Some(text.trim_end().to_string()),
            None => return Ok(Outcome::Unreadable),
        },
        None => None,
    };
    let date = match date_arg(&args) {
        Ok(date) => date,
        Err(outcome) => return Ok(outcome),
    };
    let catalogue = match catalogue_arg(&args) {
        Ok(catalogue) => catalogue,
        Err(outcome) => return Ok(outcome),
    };
    let file = args.file;
    let Some(imported) = import_file(&file) else {
        return Ok(Outcome::Unreadable);
    };
    match imported {
        Ok(plan) => {
            let summary = helhedsplan::model::decision::summary(
                &plan,
                &catalogue,
                complaint_route.as_deref(),
                date,
            );
            print_document(out, &helhedsplan::model::decision::to_json(&summary))?;
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

/// `share FILE --party NAME [--date YYYY-MM-DD] [--catalogue FILE]`: the plan as one party
/// may see it by the consents, with what was left out (the element's `exportFor`).
fn share(args: &[String], out: &mut impl Write) -> std::io::Result<Outcome> {
    let args = match parse_args("share", args, &["--party", "--date", "--catalogue"]) {
        Ok(args) => args,
        Err(outcome) => return Ok(outcome),
    };
    let Some(party) = args.get("--party").filter(|p| !p.trim().is_empty()) else {
        return Ok(Outcome::Usage("share needs --party NAME".into()));
    };
    let date = match date_arg(&args) {
        Ok(date) => date,
        Err(outcome) => return Ok(outcome),
    };
    let catalogue = match catalogue_arg(&args) {
        Ok(catalogue) => catalogue,
        Err(outcome) => return Ok(outcome),
    };
    let Some(imported) = import_file(&args.file) else {
        return Ok(Outcome::Unreadable);
    };
    match imported {
        Ok(plan) => {
            let shared = helhedsplan::model::share::for_party(&plan, &catalogue, party, date);
            print_document(
                out,
                &helhedsplan::format::share::to_json(&shared, party, date),
            )?;
            Ok(Outcome::Ok)
        }
        Err(errors) => {
            let mut err = std::io::stderr().lock();
            print_problems(&mut err, &args.file, &errors)?;
            Ok(Outcome::Problems)
        }
    }
}

/// `assessment FILE [--lang da|en] [--catalogue FILE]`: the joint assessment as text.
fn assessment(args: &[String], out: &mut impl Write) -> std::io::Result<Outcome> {
    let args = match parse_args("assessment", args, &["--lang", "--catalogue"]) {
        Ok(args) => args,
        Err(outcome) => return Ok(outcome),
    };
    let lang = match args.get("--lang") {
        None => helhedsplan::i18n::Lang::Da,
        Some(value) => match helhedsplan::i18n::Lang::parse(value) {
            Some(lang) => lang,
            None => {
                return Ok(Outcome::Usage(format!(
                    "--lang takes da or en, got `{value}`"
                )))
            }
        },
    };
    let catalogue = match catalogue_arg(&args) {
        Ok(catalogue) => catalogue,
        Err(outcome) => return Ok(outcome),
    };
    let file = args.file;
    let Some(imported) = import_file(&file) else {
        return Ok(Outcome::Unreadable);
    };
    match imported {
        Ok(plan) => {
            print_document(out, &lang.assessment_report(&plan, &catalogue))?;
            Ok(Outcome::Ok)
        }
        Err(errors) => {
            let mut err = std::io::stderr().lock();
            print_problems(&mut err, &file, &errors)?;
            Ok(Outcome::Problems)
        }
    }
}

/// Reads and checks a host's catalogue as the editor's `catalogue-src` does; a refusal is
/// said on stderr (`FILE: reason`) and becomes the outcome.
fn load_catalogue(path: &str) -> Result<Catalogue, Outcome> {
    let imported = match read(path) {
        None => return Err(Outcome::Unreadable),
        Some(Input::Bytes(bytes)) => format::import_catalogue_bytes(&bytes),
        Some(Input::TooLarge(len)) => {
            Err(CatalogueImportError::Format(too_large(len, "catalogue")))
        }
    };
    imported.map_err(|err| {
        say_on_stderr(&format!("{path}: {err}"));
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
            say(
                out,
                &format!(
                    "{path}: ok: \"{}\" ({}) offers {} life areas, {} legal bases, {} intervention types",
                    c.label.da,
                    c.code,
                    c.life_areas.len(),
                    c.legal_bases.len(),
                    c.intervention_types.len()
                ),
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
    print_document(out, &format::export_json(&plan))?;
    out.write_all(b"\n")?;
    Ok(Outcome::Ok)
}
