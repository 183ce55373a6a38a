//! The life-area chart: citizen's and professionals' latest ratings per life area.

use crate::i18n::{Lang, Voiced};
use crate::model::Perspective;

pub struct LifeAreaTexts {
    pub heading: &'static str,
    pub intro: Voiced<&'static str>,
    /// Who rated, as a short name in a sentence or a column: "Borgeren".
    pub citizen: &'static str,
    pub professional: &'static str,
    pub compare_label: &'static str,
    pub compare_none: &'static str,
    /// The first rating date as a choice: "Start (2. september 2025)".
    pub compare_start: fn(&str) -> String,
    pub compare_hint: &'static str,
    /// The SVG's accessible name: (number of life areas, comparison date if any).
    pub chart_label: fn(usize, Option<&str>) -> String,
    pub explore_hint: &'static str,
    /// The figure's name for keyboard users.
    pub figure_label: &'static str,
    pub legend_label: &'static str,
    /// A legend entry for the earlier values: (who, date).
    pub legend_then: fn(&str, &str) -> String,
    pub scale_note: &'static str,
    /// What the readout says about one area: (area, citizen's, professional's).
    pub readout: fn(&str, &str, &str) -> String,
    /// A value compared with an earlier one: (now, date, then).
    pub readout_compared: fn(&str, &str, &str) -> String,
    pub table_summary: &'static str,
    pub table_caption: &'static str,
    /// The table caption's addition when comparing: (date).
    pub table_caption_compared: fn(&str) -> String,
    pub col_area: &'static str,
    /// Column headings, short so three columns fit a phone.
    pub col_citizen: &'static str,
    pub col_professional: &'static str,
    pub not_rated: &'static str,
    /// "Not rated" inside a sentence.
    pub not_rated_inline: &'static str,
    /// The earlier figure under the latest in a table cell (the caption names the date).
    pub earlier_value: fn(&str) -> String,
    /// Under an area's name on the chart when nobody has rated its goals.
    pub axis_not_rated: &'static str,
    /// Under a value made of several goals: (number of goals).
    pub mean_of: fn(usize) -> String,
    pub mean_note: &'static str,
    /// Rated goals that have no life area and are not on the chart.
    pub off_chart: fn(usize) -> String,
    pub empty_no_ratings: &'static str,
    pub empty_no_areas: &'static str,
    pub go_to_goals: &'static str,
    /// The decimal separator of a mean, e.g. "−0,5".
    pub decimal: char,
}

impl LifeAreaTexts {
    pub fn voice(&self, perspective: Perspective) -> &'static str {
        match perspective {
            Perspective::Citizen => self.citizen,
            Perspective::Professional => self.professional,
        }
    }
}

static DA: LifeAreaTexts = LifeAreaTexts {
    heading: "Livsområder",
    intro: Voiced {
        citizen: "Hvordan går det på hvert livsområde – set af dig og af fagpersonen. Hvert punkt er den seneste vurdering.",
        professional: "Hvordan går det på hvert livsområde – set af borgeren og af fagpersonen. Hvert punkt er den seneste vurdering.",
    },
    citizen: "Borgeren",
    professional: "Fagpersonen",
    compare_label: "Sammenlign med",
    compare_none: "Ingen",
    compare_start: |date| format!("Start ({date})"),
    compare_hint: "Den tidligere vurdering vises med lyse, hule punkter.",
    chart_label: |n, then| {
        let areas = if n == 1 { "1 livsområde".to_string() } else { format!("{n} livsområder") };
        match then {
            Some(date) => format!("Diagram over {areas}: borgerens og fagpersonens seneste vurdering, sammenlignet med {date}. Tallene står i tabellen under diagrammet."),
            None => format!("Diagram over {areas}: borgerens og fagpersonens seneste vurdering. Tallene står i tabellen under diagrammet."),
        }
    },
    explore_hint: "Peg på et livsområde, eller klik på diagrammet og brug piletasterne, for at se tallene.",
    figure_label: "Diagram over livsområderne. Brug piletasterne for at gå fra livsområde til livsområde.",
    legend_label: "Forklaring",
    legend_then: |who, date| format!("{who}, {date}"),
    scale_note: "Midten er \u{2212}2: meget mindre end forventet. Den tykke ring er 0: som forventet. Yderst er +2: meget mere end forventet.",
    readout: |area, citizen, professional| format!("{area}. Borgeren: {citizen}. Fagpersonen: {professional}."),
    readout_compared: |now, date, then| format!("{now} (den {date}: {then})"),
    table_summary: "Vis som tabel",
    table_caption: "Seneste vurdering på hvert livsområde, fra \u{2212}2 til +2 (0 er som forventet)",
    table_caption_compared: |date| format!(", sammenlignet med {date}"),
    col_area: "Livsområde",
    col_citizen: "Borger",
    col_professional: "Fagperson",
    not_rated: "Ingen vurdering",
    not_rated_inline: "ingen vurdering",
    earlier_value: |value| format!("Før:\u{a0}{value}"),
    axis_not_rated: "(ikke vurderet)",
    mean_of: |n| format!("gennemsnit af {n} mål"),
    mean_note: "Har et livsområde flere mål, viser vi gennemsnittet af hvert måls seneste vurdering. Borgerens og fagpersonens vurderinger bliver aldrig lagt sammen.",
    off_chart: |n| {
        if n == 1 {
            "1 vurderet mål har intet livsområde og er ikke med her.".to_string()
        } else {
            format!("{n} vurderede mål har intet livsområde og er ikke med her.")
        }
    },
    empty_no_ratings: "Der er ingen vurderinger endnu. Når I vurderer, hvordan det går med et mål, kommer det frem her. Det gør I under Mål.",
    empty_no_areas: "Der er ingen mål med et livsområde endnu. Når målene har et livsområde og en vurdering, kommer de frem her. Det gør I under Mål.",
    go_to_goals: "Gå til Mål",
    decimal: ',',
};

static EN: LifeAreaTexts = LifeAreaTexts {
    heading: "Life areas",
    intro: Voiced {
        citizen: "How each life area is going – as you and the professional see it. Each point is the latest rating.",
        professional: "How each life area is going – as the citizen and the professional see it. Each point is the latest rating.",
    },
    citizen: "The citizen",
    professional: "The professional",
    compare_label: "Compare with",
    compare_none: "None",
    compare_start: |date| format!("Start ({date})"),
    compare_hint: "The earlier rating is shown with light, hollow points.",
    chart_label: |n, then| {
        let areas = if n == 1 { "1 life area".to_string() } else { format!("{n} life areas") };
        match then {
            Some(date) => format!("Chart of {areas}: the citizen's and the professional's latest rating, compared with {date}. The figures are in the table below the chart."),
            None => format!("Chart of {areas}: the citizen's and the professional's latest rating. The figures are in the table below the chart."),
        }
    },
    explore_hint: "Point at a life area, or click the chart and use the arrow keys, to see the figures.",
    figure_label: "Chart of the life areas. Use the arrow keys to go from one life area to the next.",
    legend_label: "Key",
    legend_then: |who, date| format!("{who}, {date}"),
    scale_note: "The centre is \u{2212}2: much less than expected. The thick ring is 0: as expected. The outside is +2: much more than expected.",
    readout: |area, citizen, professional| format!("{area}. The citizen: {citizen}. The professional: {professional}."),
    readout_compared: |now, date, then| format!("{now} ({date}: {then})"),
    table_summary: "Show as a table",
    table_caption: "Latest rating in each life area, from \u{2212}2 to +2 (0 is as expected)",
    table_caption_compared: |date| format!(", compared with {date}"),
    col_area: "Life area",
    col_citizen: "Citizen",
    col_professional: "Professional",
    not_rated: "Not rated",
    not_rated_inline: "not rated",
    earlier_value: |value| format!("Before:\u{a0}{value}"),
    axis_not_rated: "(not rated)",
    mean_of: |n| format!("mean of {n} goals"),
    mean_note: "When a life area has several goals, we show the mean of each goal's latest rating. The citizen's and the professional's ratings are never added together.",
    off_chart: |n| {
        if n == 1 {
            "1 rated goal has no life area and is not shown here.".to_string()
        } else {
            format!("{n} rated goals have no life area and are not shown here.")
        }
    },
    empty_no_ratings: "There are no ratings yet. When you rate how a goal is going, it shows here. You do that under Goals.",
    empty_no_areas: "No goal has a life area yet. When the goals have a life area and a rating, they show here. You do that under Goals.",
    go_to_goals: "Go to Goals",
    decimal: '.',
};

impl Lang {
    pub fn life_areas(self) -> &'static LifeAreaTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
