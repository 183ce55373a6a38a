//! Strings of the file menu (export, import, samples, print) and the import error summary.

use crate::format::ErrorCode;
use crate::i18n::Lang;

pub struct FileTexts {
    pub menu: &'static str,
    pub export: &'static str,
    pub exported: fn(&str) -> String,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub open: &'static str,
    pub open_label: &'static str,
    pub drop_hint: &'static str,
    pub samples_label: &'static str,
    /// A sample plan's title in the sample select, by its name in `format::samples`
    /// (the Danish ones are the titles `format::samples::list` gives).
    pub sample_title: fn(&str) -> Option<&'static str>,
    pub load_sample: &'static str,
    pub whole_plan: &'static str,
    pub back_to_editing: &'static str,
    pub print: &'static str,
    pub replace_heading: &'static str,
    pub replace_text: &'static str,
    pub replace_confirm: &'static str,
    pub replace_cancel: &'static str,
    pub loaded: fn(&str) -> String,
    pub import_failed_heading: fn(&str) -> String,
    pub import_failed_intro: &'static str,
    pub import_dismiss: &'static str,
    pub whole_document: &'static str,
    pub read_failed: &'static str,
    /// A file over the size limit, refused unread: (file name, its size, the limit), in bytes.
    pub too_large: fn(&str, u64, u64) -> String,
}

static DA: FileTexts = FileTexts {
    menu: "Gem, hent og udskriv",
    export: "Gem planen som fil",
    exported: |name| format!("Planen er gemt som \u{201c}{name}\u{201d}."),
    copy: "Kopiér planen som tekst",
    copied: "Planen er kopieret. Du kan sætte den ind et andet sted.",
    copy_failed: "Planen kunne ikke kopieres. Brug \u{201c}Gem planen som fil\u{201d} i stedet.",
    open: "Åbn en plan fra fil …",
    open_label: "Vælg en planfil",
    drop_hint: "Du kan også trække en planfil ind i vinduet.",
    samples_label: "Eksempel på en plan",
    sample_title: |name| match name {
        "mor-med-angst" => Some("Sara: mor til to med angst, uden arbejde i fire år"),
        "ung-efter-psykiatri" => {
            Some("Kasper: ung mand efter indlæggelse, med hash og uden uddannelse")
        }
        "familie-med-barn" => Some("Familien Andersen: Oliver på 10 har det svært i skolen"),
        "fleksjob-efter-ulykke" => Some("Ali: tømrer med protese efter en ulykke, nu i fleksjob"),
        "misbrug-og-gaeld" => Some("Tina: alkohol, gæld og en bolig, der er i fare"),
        "aeldre-efter-fald" => Some("Inger på 82: hoftebrud efter et fald, vil blive i sit hus"),
        _ => None,
    },
    load_sample: "Hent eksemplet",
    whole_plan: "Vis hele planen",
    back_to_editing: "Vis én del ad gangen",
    print: "Udskriv",
    replace_heading: "Erstat den plan, du har nu?",
    replace_text: "Den nye plan erstatter den, der er på skærmen. Gem den nuværende som fil først, hvis du vil beholde den.",
    replace_confirm: "Ja, erstat planen",
    replace_cancel: "Annullér",
    loaded: |title| format!("Planen \u{201c}{title}\u{201d} er hentet."),
    import_failed_heading: |name| format!("\u{201c}{name}\u{201d} kunne ikke åbnes"),
    import_failed_intro: "Din nuværende plan er ikke ændret. Filen har disse fejl:",
    import_dismiss: "Luk",
    whole_document: "Hele filen",
    read_failed: "Filen kunne ikke læses.",
    too_large: |name, size, limit| {
        format!(
            "\u{201c}{name}\u{201d} fylder {} MB ({} byte). En planfil må højst fylde {} MB ({} byte), så filen er ikke læst.",
            megabytes(size, ','),
            grouped(size, '.'),
            megabytes(limit, ','),
            grouped(limit, '.')
        )
    },
};

static EN: FileTexts = FileTexts {
    menu: "Save, open and print",
    export: "Save the plan as a file",
    exported: |name| format!("The plan is saved as \u{201c}{name}\u{201d}."),
    copy: "Copy the plan as text",
    copied: "The plan is copied. You can paste it elsewhere.",
    copy_failed: "The plan could not be copied. Use \u{201c}Save the plan as a file\u{201d} instead.",
    open: "Open a plan from a file …",
    open_label: "Choose a plan file",
    drop_hint: "You can also drag a plan file into the window.",
    samples_label: "Sample plan",
    sample_title: |name| match name {
        "mor-med-angst" => Some("Sara: mother of two with anxiety, out of work for four years"),
        "ung-efter-psykiatri" => {
            Some("Kasper: young man after a psychiatric admission, with cannabis and no education")
        }
        "familie-med-barn" => Some("The Andersen family: Oliver, 10, is struggling at school"),
        "fleksjob-efter-ulykke" => {
            Some("Ali: carpenter with a prosthetic leg after an accident, now in a flexjob")
        }
        "misbrug-og-gaeld" => Some("Tina: alcohol, debt and a home at risk"),
        "aeldre-efter-fald" => Some("Inger, 82: hip fracture after a fall, wants to stay in her house"),
        _ => None,
    },
    load_sample: "Load the sample",
    whole_plan: "Show the whole plan",
    back_to_editing: "Show one part at a time",
    print: "Print",
    replace_heading: "Replace the plan you have now?",
    replace_text: "The new plan replaces the one on screen. Save the current one as a file first if you want to keep it.",
    replace_confirm: "Yes, replace the plan",
    replace_cancel: "Cancel",
    loaded: |title| format!("The plan \u{201c}{title}\u{201d} is loaded."),
    import_failed_heading: |name| format!("\u{201c}{name}\u{201d} could not be opened"),
    import_failed_intro: "Your current plan is unchanged. The file has these errors:",
    import_dismiss: "Close",
    whole_document: "The whole file",
    read_failed: "The file could not be read.",
    too_large: |name, size, limit| {
        format!(
            "\u{201c}{name}\u{201d} is {} MB ({} bytes). A plan file may be at most {} MB ({} bytes), so the file was not read.",
            megabytes(size, '.'),
            grouped(size, ','),
            megabytes(limit, '.'),
            grouped(limit, ',')
        )
    },
};

/// Bytes as megabytes (MiB) with one decimal, or none when whole: 5242880 → "5",
/// 5347738 → "5.1" (with `.` as the decimal mark).
fn megabytes(bytes: u64, decimal_mark: char) -> String {
    const MIB: u64 = 1024 * 1024;
    // In tenths, rounded; whole megabytes first, so no step can overflow.
    let tenths = (bytes / MIB)
        .saturating_mul(10)
        .saturating_add((bytes % MIB * 10 + MIB / 2) / MIB);
    if tenths.is_multiple_of(10) {
        (tenths / 10).to_string()
    } else {
        format!("{}{decimal_mark}{}", tenths / 10, tenths % 10)
    }
}

/// 5242881 → "5.242.881" (with `.` as the separator).
fn grouped(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

impl Lang {
    pub fn files(self) -> &'static FileTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }

    /// A short name for a kind of import problem; the detail stays in the message.
    pub fn format_error_kind(self, code: ErrorCode) -> &'static str {
        let da = self == Lang::Da;
        match code {
            ErrorCode::TooLarge => {
                if da {
                    "Filen er for stor"
                } else {
                    "The file is too large"
                }
            }
            ErrorCode::TooDeep => {
                if da {
                    "Filen er for dybt indlejret"
                } else {
                    "The file nests too deeply"
                }
            }
            ErrorCode::Empty => {
                if da {
                    "Filen er tom"
                } else {
                    "The file is empty"
                }
            }
            ErrorCode::InvalidUtf8 => {
                if da {
                    "Filen er ikke tekst (UTF-8)"
                } else {
                    "The file is not text (UTF-8)"
                }
            }
            ErrorCode::Syntax => {
                if da {
                    "Filen er ikke gyldig JSON"
                } else {
                    "The file is not valid JSON"
                }
            }
            ErrorCode::DuplicateKey => {
                if da {
                    "Et felt står to gange"
                } else {
                    "A field appears twice"
                }
            }
            ErrorCode::NotAnObject => {
                if da {
                    "Filen er ikke en plan"
                } else {
                    "The file is not a plan"
                }
            }
            ErrorCode::MissingVersion => {
                if da {
                    "Formatversion mangler"
                } else {
                    "Format version missing"
                }
            }
            ErrorCode::InvalidVersion => {
                if da {
                    "Ugyldig formatversion"
                } else {
                    "Invalid format version"
                }
            }
            ErrorCode::UnsupportedVersion => {
                if da {
                    "Ukendt formatversion"
                } else {
                    "Unknown format version"
                }
            }
            ErrorCode::UnknownField => {
                if da {
                    "Ukendt felt"
                } else {
                    "Unknown field"
                }
            }
            ErrorCode::MissingField => {
                if da {
                    "Et felt mangler"
                } else {
                    "A field is missing"
                }
            }
            ErrorCode::WrongType => {
                if da {
                    "Forkert slags værdi"
                } else {
                    "Wrong kind of value"
                }
            }
            ErrorCode::InvalidValue => {
                if da {
                    "Ugyldig værdi"
                } else {
                    "Invalid value"
                }
            }
            ErrorCode::ControlCharacter => {
                if da {
                    "Ulovligt tegn i en tekst"
                } else {
                    "Forbidden character in a text"
                }
            }
            ErrorCode::Invalid => {
                if da {
                    "Planen hænger ikke sammen"
                } else {
                    "The plan is inconsistent"
                }
            }
        }
    }
}
