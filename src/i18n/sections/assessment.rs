//! Strings of the joint assessment (samlet udredning): the target group, what is known per
//! life area in two voices, what is already known, and the goals' links to it. Also the
//! plain-text report `plan-tool assessment` prints.

use crate::i18n::Lang;
use crate::model::{Catalogue, Perspective, Plan, TargetGroupKind};

pub struct AssessmentTexts {
    pub intro: &'static str,
    pub locked_note: &'static str,
    // Target group
    pub target_heading: &'static str,
    pub target_group_label: &'static str,
    pub target_group_hint: &'static str,
    pub target_none: &'static str,
    pub target_reason_label: &'static str,
    pub target_reason_hint: &'static str,
    // Life areas, two voices
    pub areas_heading: &'static str,
    pub areas_none: &'static str,
    pub area_missing: &'static str,
    /// The citizen's voice as professionals read it.
    pub citizen_voice: &'static str,
    /// The citizen's voice as she reads it herself.
    pub own_voice: &'static str,
    pub professional_voice: &'static str,
    pub voice_none: &'static str,
    pub text_label: &'static str,
    /// Under the text of the citizen's own description (she may be the one writing).
    pub text_hint_citizen: &'static str,
    pub text_hint_professional: &'static str,
    pub source_label: &'static str,
    pub source_hint: &'static str,
    pub date_label: &'static str,
    pub health_label: &'static str,
    pub health_hint: &'static str,
    /// "Written down by Jonas Holm (sagsbehandler), 3. marts 2026 kl. 10.00".
    pub written_down_by: fn(&str) -> String,
    pub remove_entry: &'static str,
    pub remove_entry_name: fn(&str) -> String,
    pub confirm_remove_entry: &'static str,
    pub removed_entry: &'static str,
    pub confirm_yes: &'static str,
    pub confirm_no: &'static str,
    // Adding a description
    pub add_heading: &'static str,
    pub add_area_label: &'static str,
    pub area_choose: &'static str,
    pub area_required: &'static str,
    pub add_voice_label: &'static str,
    pub add_voice_citizen_only: &'static str,
    pub add_button: &'static str,
    pub added: fn(&str) -> String,
    // Already known
    pub known_heading: &'static str,
    pub known_intro: &'static str,
    pub known_none: &'static str,
    pub known_what_label: &'static str,
    pub known_what_hint: &'static str,
    pub known_what_required: &'static str,
    pub known_held_by_label: &'static str,
    pub known_held_by_hint: &'static str,
    pub known_obtained_label: &'static str,
    pub known_area_label: &'static str,
    pub known_area_none: &'static str,
    pub known_add_heading: &'static str,
    pub known_add_button: &'static str,
    pub known_added: fn(&str) -> String,
    pub known_remove: &'static str,
    pub known_remove_name: fn(&str) -> String,
    pub known_confirm_remove: fn(&str) -> String,
    pub known_removed: &'static str,
    // Goals
    pub goal_links_legend: &'static str,
    pub goal_links_hint: &'static str,
    pub goal_links_none: &'static str,
    pub goal_based_on: &'static str,
    pub entry_gone: &'static str,
    pub unlink_gone: &'static str,
    /// How an entry is named in a list: "Mentale funktioner – Borgerens egen beskrivelse: …".
    pub entry_name: fn(&str, &str, &str) -> String,
    pub open_entry: fn(&str) -> String,
    // The plain-text report (plan-tool)
    pub report_title: &'static str,
    pub report_health: &'static str,
    pub report_held_by: fn(&str) -> String,
    pub report_source: fn(&str) -> String,
    pub report_nothing: &'static str,
}

static DA: AssessmentTexts = AssessmentTexts {
    intro: "Her samler I det, I ved om dit liv – dine egne ord og fagpersonernes hver for sig – så du ikke skal fortælle det samme flere gange.",
    locked_note: "Planen er godkendt og låst. Start en ny version for at ændre udredningen.",
    target_heading: "Hvorfor én samlet plan?",
    target_group_label: "Målgruppe",
    target_group_hint: "Vælg den grund, der passer bedst, og skriv begrundelsen nedenfor.",
    target_none: "Ikke valgt endnu",
    target_reason_label: "Begrundelse",
    target_reason_hint: "Fx hvilke planer og forvaltninger der er inde over, og hvad der skal koordineres.",
    areas_heading: "Hvad ved vi om de enkelte livsområder?",
    areas_none: "Der er ingen beskrivelser endnu. Tilføj den første nedenfor.",
    area_missing: "Ingen beskrivelse endnu. Et af målene handler om dette livsområde.",
    citizen_voice: "Borgerens egen beskrivelse",
    own_voice: "Din egen beskrivelse",
    professional_voice: "Fagpersoners beskrivelse",
    voice_none: "Ingen endnu.",
    text_label: "Beskrivelse",
    text_hint_citizen: "Skriv med dine egne ord, hvordan det går, og hvad der er svært.",
    text_hint_professional: "Hvad ved I, og hvad bygger det på?",
    source_label: "Kilde",
    source_hint: "Fx \u{201c}Samtale med borgeren\u{201d} eller \u{201c}Epikrise fra Psykiatrisk Center, marts 2026\u{201d}",
    date_label: "Dato",
    health_label: "Helbredsoplysning",
    health_hint: "Helbredsoplysninger deles kun med dem, som et samtykke dækker.",
    written_down_by: |who| format!("Skrevet ned af {who}"),
    remove_entry: "Fjern beskrivelsen",
    remove_entry_name: |name| format!("Fjern beskrivelsen: {name}"),
    confirm_remove_entry: "Vil du fjerne beskrivelsen?",
    removed_entry: "Beskrivelsen er fjernet. Tryk Fortryd for at få den tilbage.",
    confirm_yes: "Ja, fjern",
    confirm_no: "Behold",
    add_heading: "Tilføj en beskrivelse",
    add_area_label: "Livsområde",
    area_choose: "Vælg livsområde …",
    area_required: "Vælg et livsområde.",
    add_voice_label: "Hvis beskrivelse er det?",
    add_voice_citizen_only: "Du skriver din egen beskrivelse. Fagpersonerne skriver deres selv.",
    add_button: "Tilføj beskrivelse",
    added: |area| format!("En beskrivelse af {area} er tilføjet."),
    known_heading: "Det ved vi allerede",
    known_intro: "Skriv ned, hvad der allerede er indhentet, og hvem der har det. Så skal ingen spørge dig om det igen.",
    known_none: "Der er ikke noteret noget endnu.",
    known_what_label: "Hvad er det?",
    known_what_hint: "Fx \u{201c}Lægeattest 2025\u{201d}",
    known_what_required: "Skriv, hvad det er.",
    known_held_by_label: "Hvem har det?",
    known_held_by_hint: "Fx \u{201c}Jobcenter Aarhus\u{201d}",
    known_obtained_label: "Indhentet",
    known_area_label: "Livsområde (frivilligt)",
    known_area_none: "Intet bestemt livsområde",
    known_add_heading: "Tilføj noget, vi allerede ved",
    known_add_button: "Tilføj",
    known_added: |what| format!("\u{201c}{what}\u{201d} er noteret."),
    known_remove: "Fjern",
    known_remove_name: |what| format!("Fjern: {what}"),
    known_confirm_remove: |what| format!("Vil du fjerne \u{201c}{what}\u{201d}?"),
    known_removed: "Det er fjernet. Tryk Fortryd for at få det tilbage.",
    goal_links_legend: "Bygger på udredningen",
    goal_links_hint: "Vælg de beskrivelser, målet kommer fra.",
    goal_links_none: "Der er ingen beskrivelser i udredningen endnu.",
    goal_based_on: "Bygger på:",
    entry_gone: "En beskrivelse, der er fjernet fra udredningen",
    unlink_gone: "Fjern henvisningen",
    entry_name: |area, voice, text| {
        if text.is_empty() {
            format!("{area} – {voice}")
        } else {
            format!("{area} – {voice}: {text}")
        }
    },
    open_entry: |name| format!("Vis i udredningen: {name}"),
    report_title: "Samlet udredning",
    report_health: "helbredsoplysning",
    report_held_by: |who| format!("ligger hos {who}"),
    report_source: |source| format!("Kilde: {source}"),
    report_nothing: "(intet skrevet endnu)",
};

static EN: AssessmentTexts = AssessmentTexts {
    intro: "Here you gather what you know about your life – your own words and the professionals', each kept apart – so you do not have to tell the same things again.",
    locked_note: "The plan is approved and locked. Start a new version to change the assessment.",
    target_heading: "Why one joint plan?",
    target_group_label: "Target group",
    target_group_hint: "Choose the reason that fits best, and write the reasons below.",
    target_none: "Not chosen yet",
    target_reason_label: "Reasons",
    target_reason_hint: "E.g. which plans and departments are involved, and what must be coordinated.",
    areas_heading: "What do we know about each life area?",
    areas_none: "There are no descriptions yet. Add the first one below.",
    area_missing: "No description yet. One of the goals is about this life area.",
    citizen_voice: "The citizen's own description",
    own_voice: "Your own description",
    professional_voice: "Professionals' description",
    voice_none: "None yet.",
    text_label: "Description",
    text_hint_citizen: "Write in your own words how things are going and what is hard.",
    text_hint_professional: "What do you know, and what is it based on?",
    source_label: "Source",
    source_hint: "E.g. \u{201c}Conversation with the citizen\u{201d} or \u{201c}Discharge letter from the psychiatric centre, March 2026\u{201d}",
    date_label: "Date",
    health_label: "Health information",
    health_hint: "Health information is shared only with those a consent covers.",
    written_down_by: |who| format!("Written down by {who}"),
    remove_entry: "Remove the description",
    remove_entry_name: |name| format!("Remove the description: {name}"),
    confirm_remove_entry: "Remove the description?",
    removed_entry: "The description has been removed. Press Undo to bring it back.",
    confirm_yes: "Yes, remove",
    confirm_no: "Keep",
    add_heading: "Add a description",
    add_area_label: "Life area",
    area_choose: "Choose a life area …",
    area_required: "Choose a life area.",
    add_voice_label: "Whose description is it?",
    add_voice_citizen_only: "You write your own description. The professionals write theirs themselves.",
    add_button: "Add description",
    added: |area| format!("A description of {area} has been added."),
    known_heading: "What we already know",
    known_intro: "Note what has already been obtained, and who has it. Then nobody needs to ask you again.",
    known_none: "Nothing noted yet.",
    known_what_label: "What is it?",
    known_what_hint: "E.g. \u{201c}Medical certificate 2025\u{201d}",
    known_what_required: "Write what it is.",
    known_held_by_label: "Who has it?",
    known_held_by_hint: "E.g. \u{201c}Jobcenter Aarhus\u{201d}",
    known_obtained_label: "Obtained",
    known_area_label: "Life area (optional)",
    known_area_none: "No particular life area",
    known_add_heading: "Add something we already know",
    known_add_button: "Add",
    known_added: |what| format!("\u{201c}{what}\u{201d} has been noted."),
    known_remove: "Remove",
    known_remove_name: |what| format!("Remove: {what}"),
    known_confirm_remove: |what| format!("Remove \u{201c}{what}\u{201d}?"),
    known_removed: "It has been removed. Press Undo to bring it back.",
    goal_links_legend: "Based on the assessment",
    goal_links_hint: "Choose the descriptions the goal comes from.",
    goal_links_none: "There are no descriptions in the assessment yet.",
    goal_based_on: "Based on:",
    entry_gone: "A description that was removed from the assessment",
    unlink_gone: "Remove the reference",
    entry_name: |area, voice, text| {
        if text.is_empty() {
            format!("{area} – {voice}")
        } else {
            format!("{area} – {voice}: {text}")
        }
    },
    open_entry: |name| format!("Show in the assessment: {name}"),
    report_title: "Joint assessment",
    report_health: "health information",
    report_held_by: |who| format!("held by {who}"),
    report_source: |source| format!("Source: {source}"),
    report_nothing: "(nothing written yet)",
};

impl Lang {
    pub fn assessment(self) -> &'static AssessmentTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }

    pub fn target_group(self, kind: TargetGroupKind) -> &'static str {
        match (self, kind) {
            (Lang::Da, TargetGroupKind::ComplexProblems) => {
                "Komplekse og sammensatte problemer – flere planer, der skal koordineres"
            }
            (Lang::En, TargetGroupKind::ComplexProblems) => {
                "Complex and compound problems – several plans that must be coordinated"
            }
            (Lang::Da, TargetGroupKind::WholeFamily) => {
                "Hele familien har brug for én samlet indsats"
            }
            (Lang::En, TargetGroupKind::WholeFamily) => {
                "The whole family needs one coordinated effort"
            }
            (Lang::Da, TargetGroupKind::Other) => "Anden grund",
            (Lang::En, TargetGroupKind::Other) => "Another reason",
        }
    }

    /// The voice of an entry as the reader sees it: the citizen reads her own as "yours".
    pub fn assessment_voice(
        self,
        perspective: Perspective,
        reader_is_citizen: bool,
    ) -> &'static str {
        let t = self.assessment();
        match perspective {
            Perspective::Citizen if reader_is_citizen => t.own_voice,
            Perspective::Citizen => t.citizen_voice,
            Perspective::Professional => t.professional_voice,
        }
    }

    /// The start of a text for a list (first line, at most `max` characters, "…" when cut).
    pub fn excerpt(self, text: &str, max: usize) -> String {
        let line = text
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim();
        if line.chars().count() > max {
            let cut: String = line.chars().take(max).collect();
            format!("{}…", cut.trim_end())
        } else {
            line.to_string()
        }
    }

    /// The assessment and what is already known, as plain text (`plan-tool assessment`):
    /// the target group, then per life area (catalogue order, unknown codes after) the
    /// citizen's descriptions and the professionals', each with source, date, who wrote
    /// it down and whether it is health information; then the known list.
    pub fn assessment_report(self, plan: &Plan, catalogue: &Catalogue) -> String {
        let t = self.assessment();
        let mut out = String::new();
        let mut line = |text: String| {
            out.push_str(&text);
            out.push('\n');
        };
        line(format!("{} – {}", t.report_title, plan.title));
        line(String::new());
        line(t.target_heading.to_string());
        line(format!(
            "  {}: {}",
            t.target_group_label,
            plan.target_group
                .group
                .map_or(t.target_none, |g| self.target_group(g))
        ));
        if !plan.target_group.reason.trim().is_empty() {
            line(format!(
                "  {}: {}",
                t.target_reason_label,
                plan.target_group.reason.trim()
            ));
        }
        line(String::new());
        line(t.areas_heading.to_string());
        let mut areas: Vec<&str> = catalogue
            .life_areas
            .iter()
            .map(|a| a.code.as_str())
            .filter(|code| plan.assessment.iter().any(|e| e.life_area == *code))
            .collect();
        for entry in &plan.assessment {
            if !areas.contains(&entry.life_area.as_str()) {
                areas.push(&entry.life_area);
            }
        }
        if areas.is_empty() {
            line(format!("  {}", t.areas_none));
        }
        for area in areas {
            line(format!("  {}", self.life_area_name(catalogue, area)));
            for perspective in [Perspective::Citizen, Perspective::Professional] {
                let entries: Vec<_> = plan
                    .assessment
                    .iter()
                    .filter(|e| e.life_area == area && e.perspective == perspective)
                    .collect();
                if entries.is_empty() {
                    continue;
                }
                line(format!(
                    "    {}:",
                    self.assessment_voice(perspective, false)
                ));
                for entry in entries {
                    let text = entry.text.trim();
                    let text = if text.is_empty() {
                        t.report_nothing
                    } else {
                        text
                    };
                    let health = if entry.is_health(catalogue) {
                        format!(" [{}]", t.report_health)
                    } else {
                        String::new()
                    };
                    line(format!("    - {}{health}", text.replace('\n', "\n      ")));
                    let mut about = Vec::new();
                    if !entry.source.trim().is_empty() {
                        about.push((t.report_source)(entry.source.trim()));
                    }
                    if let Some(date) = entry.date {
                        about.push(self.format_date(date));
                    }
                    about.push((t.written_down_by)(&self.actor_name(&entry.created_by)));
                    line(format!("      {}", about.join(", ")));
                }
            }
        }
        line(String::new());
        line(t.known_heading.to_string());
        if plan.known_facts.is_empty() {
            line(format!("  {}", t.known_none));
        }
        for fact in &plan.known_facts {
            let mut about = vec![fact.what.trim().to_string()];
            if let Some(date) = fact.obtained {
                about.push(self.format_date(date));
            }
            if !fact.held_by.trim().is_empty() {
                about.push((t.report_held_by)(fact.held_by.trim()));
            }
            let health = if fact.is_health(catalogue) {
                format!(" [{}]", t.report_health)
            } else {
                String::new()
            };
            line(format!("  - {}{health}", about.join(" – ")));
        }
        out
    }
}
