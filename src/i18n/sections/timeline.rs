//! The timeline: interventions by sector on a time axis.

use crate::i18n::Lang;

pub struct TimelineTexts {
    pub intro: &'static str,
    /// No interventions at all.
    pub none: &'static str,
    /// "5 indsatser med datoer, fra september 2025 til juni 2027."
    pub summary: fn(usize, &str, &str) -> String,
    /// Nothing to draw: every intervention lacks dates.
    pub none_dated: &'static str,
    pub open_hint: &'static str,
    pub scroll_hint: &'static str,
    /// Name of the scrolling chart region.
    pub chart_label: &'static str,
    pub today: &'static str,
    /// "I dag er 23. november 2026."
    pub today_is: fn(&str) -> String,
    pub band_empty: &'static str,
    /// Count after a band's name: "3 indsatser".
    pub band_count: fn(usize) -> String,
    /// "Vis 30 flere" (how many more), and what is shown: "Viser 30 af 120".
    pub show_more: fn(usize) -> String,
    pub showing: fn(usize, usize) -> String,
    pub show_all: &'static str,
    /// Visible tag on a bar that may double another.
    pub double_tag: &'static str,
    pub no_start: &'static str,
    pub no_end: &'static str,
    /// "1. september 2025 til 31. marts 2026".
    pub from_until: fn(&str, &str) -> String,
    /// "fra 1. marts 2026, ingen slutdato".
    pub from_open: fn(&str) -> String,
    /// "indtil 31. maj 2026, ingen startdato".
    pub open_until: fn(&str) -> String,
    /// A bar's accessible name: title, sector, dates, status.
    pub bar_name: fn(&str, &str, &str, &str) -> String,
    pub double_with: fn(&str) -> String,
    pub overlaps_with: fn(&str) -> String,
    pub overlaps_many: fn(usize) -> String,
    /// "Afgørelse: Bevilget 5. september 2025".
    pub decision_on: fn(&str, &str) -> String,
    // Legend
    pub legend_heading: &'static str,
    pub legend_today: &'static str,
    pub legend_follow_up: &'static str,
    pub legend_next_follow_up: &'static str,
    pub legend_decision: &'static str,
    pub legend_open_end: &'static str,
    /// The "»" key, shown when some dates lie beyond the axis.
    pub legend_beyond: &'static str,
    pub legend_shared: &'static str,
    pub legend_double: &'static str,
    pub legend_filled: &'static str,
    pub legend_proposed: &'static str,
    pub legend_done: &'static str,
    // Dates
    pub dates_heading: &'static str,
    pub dates_none: &'static str,
    pub follow_up_on: fn(&str) -> String,
    pub next_follow_up_on: fn(&str) -> String,
    pub next_follow_up_overdue: fn(&str) -> String,
    /// "Afgørelse om “Bostøtte”: Bevilget".
    pub decision_about: fn(&str, &str) -> String,
    // Doubles, overlaps, undated
    pub doubles_heading: &'static str,
    pub doubles_intro: &'static str,
    /// "“Mentor” (Beskæftigelse) og “Mentorstøtte” (Socialområdet)".
    pub pair: fn(&str, &str, &str, &str) -> String,
    pub during: fn(&str) -> String,
    pub overlaps_heading: fn(usize) -> String,
    pub overlaps_intro: &'static str,
    pub overlaps_more: fn(usize) -> String,
    pub undated_heading: &'static str,
    pub undated_intro: &'static str,
    // Table
    pub table_heading: &'static str,
    pub col_intervention: &'static str,
    pub col_start: &'static str,
    pub col_end: &'static str,
    pub col_status: &'static str,
    pub col_overlaps: &'static str,
    pub no_dates: &'static str,
    pub nothing: &'static str,
    // Dates beyond the axis (it reaches at most so many years either side of today)
    /// "Tidslinjen viser højst 10 år før og efter i dag. Disse datoer ligger længere
    /// ude: …" (years, the named dates).
    pub beyond_note: fn(u32, &str) -> String,
    /// A named intervention in the note: title, its dates in words.
    pub beyond_item: fn(&str, &str) -> String,
    pub beyond_meeting: fn(&str) -> String,
    pub beyond_next: fn(&str) -> String,
    /// Decision date in the note: intervention title, date.
    pub beyond_decision: fn(&str, &str) -> String,
    /// The rest of the list, when it is long: "12 andre datoer".
    pub beyond_more: fn(usize) -> String,
    /// Added to a bar's name when some of its dates are beyond the axis.
    pub beyond_bar: &'static str,
    /// " og " between the last two names of a list.
    pub and: &'static str,
}

fn da_summary(n: usize, from: &str, to: &str) -> String {
    match n {
        1 => format!("1 indsats med datoer. Tidslinjen går fra {from} til {to}."),
        n => format!("{n} indsatser med datoer. Tidslinjen går fra {from} til {to}."),
    }
}

fn en_summary(n: usize, from: &str, to: &str) -> String {
    match n {
        1 => format!("1 intervention with dates. The timeline runs from {from} to {to}."),
        n => format!("{n} interventions with dates. The timeline runs from {from} to {to}."),
    }
}

static DA: TimelineTexts = TimelineTexts {
    intro: "Her kan du se, hvornår indsatserne ligger, og hvilke der kører på samme tid. Hvert område har sin egen række.",
    none: "Der er ingen indsatser endnu. Når I tilføjer indsatser med datoer under Indsatser, kommer de på tidslinjen.",
    summary: da_summary,
    none_dated: "Ingen af indsatserne har datoer endnu, så der er ikke noget at vise på tidslinjen.",
    open_hint: "Tryk på en indsats for at åbne den.",
    scroll_hint: "Tidslinjen er bredere end skærmen. Rul til siden for at se det hele.",
    chart_label: "Tidslinje over indsatserne",
    today: "I dag",
    today_is: |d| format!("I dag er {d}."),
    band_empty: "Ingen indsatser med datoer.",
    band_count: |n| match n {
        1 => "1 indsats".into(),
        n => format!("{n} indsatser"),
    },
    show_more: |n| format!("Vis {n} flere"),
    showing: |shown, total| format!("Viser {shown} af {total}."),
    show_all: "Vis alle",
    double_tag: "Dobbelt?",
    no_start: "Ingen startdato",
    no_end: "Ingen slutdato",
    from_until: |a, b| format!("{a} til {b}"),
    from_open: |a| format!("fra {a}, ingen slutdato"),
    open_until: |b| format!("indtil {b}, ingen startdato"),
    bar_name: |title, sector, dates, status| format!("{title}. {sector}. {dates}. {status}."),
    double_with: |list| format!("Måske en dobbeltindsats med {list}."),
    overlaps_with: |list| format!("Samtidig med {list}."),
    overlaps_many: |n| format!("Samtidig med {n} andre indsatser."),
    decision_on: |status, date| format!("Afgørelse: {status} {date}."),
    legend_heading: "Sådan læser du tidslinjen",
    legend_today: "I dag",
    legend_follow_up: "Opfølgningsmøde",
    legend_next_follow_up: "Næste aftalte opfølgning",
    legend_decision: "Dato for afgørelse",
    legend_open_end: "Ingen slutdato – fortsætter",
    legend_beyond: "Fortsætter uden for det, tidslinjen viser",
    legend_shared: "Skraveret: samtidig med en anden indsats i samme område",
    legend_double: "Dobbelt?: måske den samme hjælp to gange",
    legend_filled: "Fyldt: planlagt, i gang eller sat på pause",
    legend_proposed: "Stiplet kant: foreslået",
    legend_done: "Grå: afsluttet eller ikke længere aktuel",
    dates_heading: "Møder og afgørelser",
    dates_none: "Der er ingen opfølgningsmøder eller afgørelser med dato endnu.",
    follow_up_on: |d| format!("Opfølgningsmøde {d}"),
    next_follow_up_on: |d| format!("Næste opfølgning {d}"),
    next_follow_up_overdue: |d| format!("Næste opfølgning {d} – datoen er overskredet"),
    decision_about: |title, status| format!("Afgørelse om “{title}”: {status}"),
    doubles_heading: "Måske dobbeltindsatser",
    doubles_intro: "To indsatser ser ud til at give den samme hjælp på samme tid. Tal sammen om, hvem der gør hvad.",
    pair: |a, sa, b, sb| format!("“{a}” ({sa}) og “{b}” ({sb})"),
    during: |dates| format!("Samtidig: {dates}."),
    overlaps_heading: |n| match n {
        1 => "1 par indsatser kører samtidig".into(),
        n => format!("{n} par indsatser kører samtidig"),
    },
    overlaps_intro: "Det er helt almindeligt, at flere indsatser kører samtidig. Listen hjælper jer med at se, hvem der skal tale sammen.",
    overlaps_more: |n| format!("… og {n} par mere."),
    undated_heading: "Uden datoer",
    undated_intro: "Disse indsatser har hverken start- eller slutdato, så de står ikke på tidslinjen.",
    table_heading: "Vis tidslinjen som tabel",
    col_intervention: "Indsats",
    col_start: "Start",
    col_end: "Slut",
    col_status: "Status",
    col_overlaps: "Kører samtidig med",
    no_dates: "Ingen datoer",
    nothing: "–",
    beyond_note: |years, list| {
        format!(
            "Tidslinjen viser højst {years} år før og {years} år efter i dag. Disse datoer ligger længere ude og står derfor ved kanten eller slet ikke på tidslinjen: {list}. Du kan se alle datoer i tabellen og under “Møder og afgørelser”."
        )
    },
    beyond_item: |title, dates| format!("“{title}” ({dates})"),
    beyond_meeting: |d| format!("opfølgningsmøde {d}"),
    beyond_next: |d| format!("næste opfølgning {d}"),
    beyond_decision: |title, d| format!("afgørelse om “{title}” {d}"),
    beyond_more: |n| match n {
        1 => "1 anden dato".into(),
        n => format!("{n} andre datoer"),
    },
    beyond_bar: "Nogle af datoerne ligger uden for det, tidslinjen viser.",
    and: " og ",
};

static EN: TimelineTexts = TimelineTexts {
    intro: "See when the interventions happen and which run at the same time. Each area has its own row.",
    none: "There are no interventions yet. When you add interventions with dates under Interventions, they appear on the timeline.",
    summary: en_summary,
    none_dated: "None of the interventions has dates yet, so there is nothing to show on the timeline.",
    open_hint: "Press an intervention to open it.",
    scroll_hint: "The timeline is wider than the screen. Scroll sideways to see all of it.",
    chart_label: "Timeline of the interventions",
    today: "Today",
    today_is: |d| format!("Today is {d}."),
    band_empty: "No interventions with dates.",
    band_count: |n| match n {
        1 => "1 intervention".into(),
        n => format!("{n} interventions"),
    },
    show_more: |n| format!("Show {n} more"),
    showing: |shown, total| format!("Showing {shown} of {total}."),
    show_all: "Show all",
    double_tag: "Double?",
    no_start: "No start date",
    no_end: "No end date",
    from_until: |a, b| format!("{a} to {b}"),
    from_open: |a| format!("from {a}, no end date"),
    open_until: |b| format!("until {b}, no start date"),
    bar_name: |title, sector, dates, status| format!("{title}. {sector}. {dates}. {status}."),
    double_with: |list| format!("May be a double intervention with {list}."),
    overlaps_with: |list| format!("At the same time as {list}."),
    overlaps_many: |n| format!("At the same time as {n} other interventions."),
    decision_on: |status, date| format!("Decision: {status} {date}."),
    legend_heading: "How to read the timeline",
    legend_today: "Today",
    legend_follow_up: "Follow-up meeting",
    legend_next_follow_up: "Next agreed follow-up",
    legend_decision: "Date of decision",
    legend_open_end: "No end date – continues",
    legend_beyond: "Continues beyond what the timeline shows",
    legend_shared: "Hatched: at the same time as another intervention in the same area",
    legend_double: "Double?: maybe the same help twice",
    legend_filled: "Filled: planned, active or paused",
    legend_proposed: "Dashed border: proposed",
    legend_done: "Grey: completed or no longer relevant",
    dates_heading: "Meetings and decisions",
    dates_none: "There are no follow-up meetings or dated decisions yet.",
    follow_up_on: |d| format!("Follow-up meeting {d}"),
    next_follow_up_on: |d| format!("Next follow-up {d}"),
    next_follow_up_overdue: |d| format!("Next follow-up {d} – the date has passed"),
    decision_about: |title, status| format!("Decision on “{title}”: {status}"),
    doubles_heading: "Maybe double interventions",
    doubles_intro: "Two interventions seem to give the same help at the same time. Talk about who does what.",
    pair: |a, sa, b, sb| format!("“{a}” ({sa}) and “{b}” ({sb})"),
    during: |dates| format!("At the same time: {dates}."),
    overlaps_heading: |n| match n {
        1 => "1 pair of interventions runs at the same time".into(),
        n => format!("{n} pairs of interventions run at the same time"),
    },
    overlaps_intro: "It is quite normal for several interventions to run at once. The list helps you see who should talk to each other.",
    overlaps_more: |n| format!("… and {n} more pairs."),
    undated_heading: "Without dates",
    undated_intro: "These interventions have neither a start nor an end date, so they are not on the timeline.",
    table_heading: "Show the timeline as a table",
    col_intervention: "Intervention",
    col_start: "Start",
    col_end: "End",
    col_status: "Status",
    col_overlaps: "Runs at the same time as",
    no_dates: "No dates",
    nothing: "–",
    beyond_note: |years, list| {
        format!(
            "The timeline shows at most {years} years before and {years} years after today. These dates lie further out, so they are at the edge or not on the timeline at all: {list}. You can see every date in the table and under “Meetings and decisions”."
        )
    },
    beyond_item: |title, dates| format!("“{title}” ({dates})"),
    beyond_meeting: |d| format!("follow-up meeting {d}"),
    beyond_next: |d| format!("next follow-up {d}"),
    beyond_decision: |title, d| format!("decision on “{title}” {d}"),
    beyond_more: |n| match n {
        1 => "1 other date".into(),
        n => format!("{n} other dates"),
    },
    beyond_bar: "Some of its dates lie outside what the timeline shows.",
    and: " and ",
};

impl Lang {
    pub fn timeline(self) -> &'static TimelineTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
