//! The three ways into the editor (issue 14): the full editor, guided mode for the citizen
//! and workshop mode for a facilitator. The host picks one (`mode` on the element,
//! `EditorOptions::mode`, `data-mode` or `?mode=` on the standalone page).

/// Which editor the user sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Every part of the plan, for the citizen and the professionals together.
    #[default]
    Full,
    /// One question per screen, in plain Danish, for the citizen.
    Guided,
    /// Fictional personas and scripted scenarios; nothing mixes with real plans.
    Workshop,
}

impl Mode {
    /// The value of the `mode` attribute; unknown values are None (the host is told).
    pub fn parse(value: &str) -> Option<Mode> {
        match value.trim().to_ascii_lowercase().as_str() {
            "" | "full" | "editor" => Some(Mode::Full),
            "guided" | "guidet" => Some(Mode::Guided),
            "workshop" => Some(Mode::Workshop),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Mode::Full => "full",
            Mode::Guided => "guided",
            Mode::Workshop => "workshop",
        }
    }
}

/// Workshop data never mixes with real plans: it lives under its own autosave namespace,
/// beside (never inside) the real one. Every key under it contains "workshop", and
/// "Afslut workshop" removes them all.
pub fn workshop_storage_key(real: &str) -> String {
    format!("{real}:workshop")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_attribute() {
        assert_eq!(Mode::parse("guided"), Some(Mode::Guided));
        assert_eq!(Mode::parse(" Workshop "), Some(Mode::Workshop));
        assert_eq!(Mode::parse(""), Some(Mode::Full));
        assert_eq!(Mode::parse("demo"), None);
        for mode in [Mode::Full, Mode::Guided, Mode::Workshop] {
            assert_eq!(Mode::parse(mode.code()), Some(mode));
        }
    }

    #[test]
    fn workshop_keys_are_apart_from_the_real_ones() {
        assert_eq!(workshop_storage_key("helhedsplan"), "helhedsplan:workshop");
        assert_eq!(
            workshop_storage_key("helhedsplan-editor:a"),
            "helhedsplan-editor:a:workshop"
        );
    }
}
