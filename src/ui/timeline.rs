//! The timeline: interventions on a time axis, grouped by sector, with today,
//! follow-up and decision dates, and overlaps visible.
//!
//! The layout (axis, lanes, overlaps, markers) is [`crate::model::timeline::layout`];
//! this view only scales its dates to percentages of the chart's width. Each bar is a
//! `<button>` named with the intervention's title, area, dates and status; pressing it
//! opens the intervention. The chart scrolls sideways inside its own box on narrow
//! screens, and the same facts are offered as a table. A band shows [`PAGE`] bars at a
//! time ("Vis flere"), so a plan of 2,000 interventions stays quick. The axis is capped
//! around today by the model; a bar that reaches past it shows « or » and says so in its
//! name, and a note above the chart names every date further out, so none seems lost.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use leptos::html;
use leptos::prelude::*;

use super::browser::{focus_by_id, today};
use super::details::Disclosure;
use super::fields::option_value;
use super::section::SectionFrame;
use super::state::{use_editor, EditorState, Section};
use crate::i18n::Lang;
use crate::model::timeline::{self, Bar, MarkerKind, Overlap, Span, Timeline};
use crate::model::{InterventionId, ItemRef, Period, Sector};

/// Bars per band before "show more".
const PAGE: usize = 30;
/// Overlap partners named one by one up to this many; more are counted.
const NAMED_OVERLAPS: usize = 3;
/// Overlap pairs listed in the "run at the same time" disclosure.
const LISTED_PAIRS: usize = 100;
/// Dates listed under "Møder og afgørelser" before "show all".
const LISTED_DATES: usize = 12;

fn pct(x: f64) -> String {
    format!("{:.4}%", x * 100.0)
}

fn sector_index(sector: Sector) -> usize {
    Sector::ALL.iter().position(|s| *s == sector).unwrap_or(0)
}

/// The sector's name from the catalogue, in the current language.
fn sector_name(state: EditorState, lang: Lang, sector: Sector) -> String {
    state
        .host
        .catalogue
        .with(|c| {
            c.sector(sector)
                .map(|e| lang.catalogue_label(&e.label).to_string())
        })
        .unwrap_or_else(|| lang.sector(sector).to_string())
}

/// "1. september 2025 til 31. marts 2026", "fra 1. marts 2026, ingen slutdato" …
fn dates_text(lang: Lang, period: &Period) -> String {
    let t = lang.timeline();
    match (period.start, period.end) {
        (Some(a), Some(b)) => (t.from_until)(&lang.format_date(a), &lang.format_date(b)),
        (Some(a), None) => (t.from_open)(&lang.format_date(a)),
        (None, Some(b)) => (t.open_until)(&lang.format_date(b)),
        (None, None) => t.no_dates.to_string(),
    }
}

/// "marts 2026".
fn month_year(lang: Lang, date: NaiveDate) -> String {
    format!(
        "{} {}",
        lang.texts().months[date.month0() as usize],
        date.year()
    )
}

/// What the view needs about every intervention on the timeline, by id.
struct Lookup {
    titles: HashMap<InterventionId, (String, Sector)>,
    /// Double-intervention spans, in drawn dates.
    double_spans: HashMap<InterventionId, Vec<Span>>,
    decisions: HashMap<InterventionId, (NaiveDate, crate::model::DecisionStatus)>,
}

impl Lookup {
    fn of(t: &Timeline) -> Lookup {
        let mut titles = HashMap::new();
        for bar in t.bands.iter().flat_map(|b| &b.bars) {
            titles.insert(bar.id, (bar.title.clone(), bar.sector));
        }
        for u in &t.undated {
            titles.insert(u.id, (u.title.clone(), u.sector));
        }
        let mut double_spans: HashMap<InterventionId, Vec<Span>> = HashMap::new();
        for o in t.overlaps.iter().filter(|o| o.double) {
            for id in [o.a, o.b] {
                if let Some(bar) = t.bar(id) {
                    let from = o.from.unwrap_or(t.start).max(bar.start);
                    let until = o.until.unwrap_or(t.end).min(bar.end);
                    if from <= until {
                        double_spans
                            .entry(id)
                            .or_default()
                            .push(Span { from, until });
                    }
                }
            }
        }
        let mut decisions = HashMap::new();
        for m in &t.markers {
            if let MarkerKind::Decision {
                intervention,
                status,
                ..
            } = m.kind
            {
                decisions.insert(intervention, (m.date, status));
            }
        }
        Lookup {
            titles,
            double_spans,
            decisions,
        }
    }

    fn title(&self, id: InterventionId) -> String {
        self.titles
            .get(&id)
            .map(|(t, _)| t.clone())
            .unwrap_or_default()
    }

    fn quoted_list(&self, lang: Lang, ids: &[InterventionId]) -> String {
        let names: Vec<String> = ids
            .iter()
            .map(|id| format!("“{}”", self.title(*id)))
            .collect();
        and_list(lang, &names)
    }
}

/// "a, b og c".
fn and_list(lang: Lang, names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [first @ .., last] => format!("{}{}{last}", first.join(", "), lang.timeline().and),
    }
}

/// "Samtidig med “A” og “B”." or "Samtidig med 12 andre indsatser." (empty when none).
fn overlap_sentence(lang: Lang, t: &Timeline, look: &Lookup, bar: &Bar) -> String {
    let texts = lang.timeline();
    match bar.overlaps {
        0 => String::new(),
        n if n <= NAMED_OVERLAPS => {
            (texts.overlaps_with)(&look.quoted_list(lang, &t.overlapping(bar.id)))
        }
        n => (texts.overlaps_many)(n),
    }
}

/// A bar's full accessible name.
fn bar_name(state: EditorState, lang: Lang, t: &Timeline, look: &Lookup, bar: &Bar) -> String {
    let texts = lang.timeline();
    let mut name = (texts.bar_name)(
        &bar.title,
        &sector_name(state, lang, bar.sector),
        &dates_text(lang, &bar.period),
        lang.intervention_status(bar.status),
    );
    if !bar.doubles.is_empty() {
        name.push(' ');
        name.push_str(&(texts.double_with)(&look.quoted_list(lang, &bar.doubles)));
    }
    if bar.beyond_start || bar.beyond_end {
        name.push(' ');
        name.push_str(texts.beyond_bar);
    }
    let overlaps = overlap_sentence(lang, t, look, bar);
    if !overlaps.is_empty() {
        name.push(' ');
        name.push_str(&overlaps);
    }
    if let Some((date, status)) = look.decisions.get(&bar.id) {
        name.push(' ');
        name.push_str(&(texts.decision_on)(
            lang.decision_status(*status),
            &lang.format_date(*date),
        ));
    }
    name
}

#[component]
pub fn TimelineSection() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().timeline();
    let layout = Memo::new(move |_| {
        let today = today();
        state
            .plan
            .with(|plan| state.findings.with(|f| timeline::layout(plan, f, today)))
    });
    let has_any = Memo::new(move |_| state.plan.with(|p| !p.interventions.is_empty()));
    let limits = RwSignal::new([PAGE; 4]);
    view! {
        <SectionFrame section=Section::Timeline intro=Signal::derive(move || Some(t().intro))>
            <div class="hp-timeline">
                <Show when=move || has_any.get() fallback=move || view! { <p>{move || t().none}</p> }>
                    <Summary layout=layout />
                    <Beyond layout=layout />
                    <Doubles layout=layout />
                    <Chart layout=layout limits=limits />
                    <Legend layout=layout />
                    <Undated layout=layout />
                    <Dates layout=layout />
                    <Overlaps layout=layout />
                    <TableView layout=layout limits=limits />
                </Show>
            </div>
        </SectionFrame>
    }
}

#[component]
fn Summary(layout: Memo<Timeline>) -> impl IntoView {
    let state = use_editor();
    view! {
        <p class="hp-tl-summary">
            {move || {
                let lang = state.host.lang.get();
                let texts = lang.timeline();
                layout.with(|t| {
                    let dated: usize = t.bands.iter().map(|b| b.bars.len()).sum();
                    let mut line = if dated == 0 {
                        texts.none_dated.to_string()
                    } else {
                        format!(
                            "{} {}",
                            (texts.summary)(dated, &month_year(lang, t.start), &month_year(lang, t.end)),
                            texts.open_hint
                        )
                    };
                    line.push(' ');
                    line.push_str(&(texts.today_is)(&lang.format_date(t.today)));
                    line
                })
            }}
        </p>
    }
}

/// Dates the axis does not reach (it is capped around today, see
/// [`crate::model::timeline`]), named so that nobody thinks they are lost.
#[component]
fn Beyond(layout: Memo<Timeline>) -> impl IntoView {
    let state = use_editor();
    let note = Memo::new(move |_| {
        let lang = state.host.lang.get();
        layout.with(|t| beyond_note(lang, t))
    });
    view! {
        <Show when=move || note.with(Option::is_some)>
            <p class="hp-tl-beyond" role="note">{move || note.get().unwrap_or_default()}</p>
        </Show>
    }
}

/// Dates named one by one in the note; more are counted.
const NAMED_BEYOND: usize = 5;

/// The note about dates beyond the axis, None when every date is on it.
fn beyond_note(lang: Lang, t: &Timeline) -> Option<String> {
    let texts = lang.timeline();
    let bars: Vec<&Bar> = t
        .bands
        .iter()
        .flat_map(|b| &b.bars)
        .filter(|b| b.beyond_start || b.beyond_end)
        .collect();
    let markers: Vec<_> = t.markers.iter().filter(|m| !t.shows(m.date)).collect();
    let total = bars.len() + markers.len();
    if total == 0 {
        return None;
    }
    let look = Lookup::of(t);
    let mut named: Vec<String> = bars
        .iter()
        .map(|b| (texts.beyond_item)(&b.title, &dates_text(lang, &b.period)))
        .chain(markers.iter().map(|m| {
            let date = lang.format_date(m.date);
            match m.kind {
                MarkerKind::FollowUp { .. } => (texts.beyond_meeting)(&date),
                MarkerKind::NextFollowUp { .. } => (texts.beyond_next)(&date),
                MarkerKind::Decision { intervention, .. } => {
                    (texts.beyond_decision)(&look.title(intervention), &date)
                }
            }
        }))
        .take(NAMED_BEYOND)
        .collect();
    if total > NAMED_BEYOND {
        named.push((texts.beyond_more)(total - NAMED_BEYOND));
    }
    Some((texts.beyond_note)(
        timeline::AXIS_YEARS,
        &and_list(lang, &named),
    ))
}

/// Possible double interventions, in words, above the chart.
#[component]
fn Doubles(layout: Memo<Timeline>) -> impl IntoView {
    let state = use_editor();
    // The first LISTED_PAIRS pairs, and how many more: a large plan can hold many
    // doubles (two of one type in one sector count too), and a note is read, not
    // scrolled through.
    let pairs = Memo::new(move |_| {
        layout.with(|t| {
            t.overlaps
                .iter()
                .filter(|o| o.double)
                .take(LISTED_PAIRS)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let more = Memo::new(move |_| {
        layout.with(|t| {
            t.overlaps
                .iter()
                .filter(|o| o.double)
                .count()
                .saturating_sub(LISTED_PAIRS)
        })
    });
    view! {
        <Show when=move || !pairs.with(Vec::is_empty)>
            <div class="hp-tl-doubles" role="note">
                <h3 class="hp-subheading">
                    <span aria-hidden="true">"⚠ "</span>
                    {move || state.host.lang.get().timeline().doubles_heading}
                </h3>
                <p>{move || state.host.lang.get().timeline().doubles_intro}</p>
                <ul>
                    {move || {
                        let lang = state.host.lang.get();
                        let look = layout.with(Lookup::of);
                        pairs
                            .get()
                            .into_iter()
                            .map(|o| {
                                let line = pair_line(state, lang, &look, &o);
                                view! { <li>{line}</li> }
                            })
                            .collect_view()
                    }}
                </ul>
                {move || {
                    let rest = more.get();
                    (rest > 0)
                        .then(|| view! { <p>{(state.host.lang.get().timeline().overlaps_more)(rest)}</p> })
                }}
            </div>
        </Show>
    }
}

/// "“A” (Socialområdet) og “B” (Sundhed). Samtidig: 1. marts 2026 til 31. maj 2026."
fn pair_line(state: EditorState, lang: Lang, look: &Lookup, o: &Overlap) -> String {
    let texts = lang.timeline();
    let side = |id: InterventionId| match look.titles.get(&id) {
        Some((title, sector)) => (title.clone(), sector_name(state, lang, *sector)),
        None => (String::new(), String::new()),
    };
    let (ta, sa) = side(o.a);
    let (tb, sb) = side(o.b);
    let dates = dates_text(
        lang,
        &Period {
            start: o.from,
            end: o.until,
        },
    );
    format!(
        "{}. {}",
        (texts.pair)(&ta, &sa, &tb, &sb),
        (texts.during)(&dates)
    )
}

#[component]
fn Chart(layout: Memo<Timeline>, limits: RwSignal<[usize; 4]>) -> impl IntoView {
    let state = use_editor();
    let scroller = NodeRef::<html::Div>::new();
    // Whether the chart is wider than its box (a long plan): then say so, and start
    // with today in view, a third from the left.
    let wider = RwSignal::new(false);
    Effect::new(move |_| {
        let at = layout.with(|t| t.middle(t.today));
        limits.track();
        if let Some(el) = scroller.get() {
            request_animation_frame(move || {
                let wide = f64::from(el.scroll_width());
                let seen = f64::from(el.client_width());
                let overflows = wide > seen + 1.0;
                // The timeline may be gone by the next frame: read it only if it is not.
                if wider.try_get_untracked().is_some_and(|w| w != overflows) {
                    wider.set(overflows);
                }
                if overflows && el.scroll_left() == 0 {
                    el.set_scroll_left((at * wide - seen / 3.0).max(0.0) as i32);
                }
            });
        }
    });
    let label = move || state.host.lang.get().timeline().chart_label;
    view! {
        <Show when=move || wider.get()>
            <p class="hp-hint">{move || state.host.lang.get().timeline().scroll_hint}</p>
        </Show>
        <div class="hp-tl-scroll" node_ref=scroller tabindex="0" role="region" aria-label=label>
            {move || {
                let lang = state.host.lang.get();
                let shown = limits.get();
                layout.with(|t| chart(state, lang, t, shown, limits))
            }}
        </div>
    }
}

/// The chart for one layout: axis, grid, today, follow-up lines, and a band per sector.
fn chart(
    state: EditorState,
    lang: Lang,
    t: &Timeline,
    shown: [usize; 4],
    limits: RwSignal<[usize; 4]>,
) -> impl IntoView {
    let texts = lang.timeline();
    let look = Lookup::of(t);
    // Bounded by the model (at most MAX_AXIS_MONTHS months), whatever dates the plan holds.
    let months = t.month_spans();

    // Years over months.
    let years = t
        .year_spans()
        .into_iter()
        .map(|y| {
            let left = t.position(y.from);
            let width = t.position_end(y.until) - left;
            view! {
                <span class="hp-tl-year" style=format!("left:{};width:{}", pct(left), pct(width))>
                    {y.from.year()}
                </span>
            }
        })
        .collect_view();
    let month_ticks = months
        .iter()
        .map(|m| {
            let left = t.position(m.from);
            let width = t.position_end(m.until) - left;
            let short: String = lang.texts().months[m.from.month0() as usize]
                .chars()
                .take(3)
                .collect();
            view! {
                <span
                    class="hp-tl-month"
                    data-quarter=(m.from.month0() % 3 == 0).to_string()
                    style=format!("left:{};width:{}", pct(left), pct(width))
                >
                    {short}
                </span>
            }
        })
        .collect_view();
    let grid = months
        .iter()
        .map(|m| {
            let class = if m.from.month() == 1 {
                "hp-tl-gridline hp-tl-gridline-year"
            } else {
                "hp-tl-gridline"
            };
            view! { <span class=class style=format!("left:{}", pct(t.position(m.from)))></span> }
        })
        .collect_view();

    // Follow-up lines across the bands, with their symbol on the axis.
    let meetings: Vec<_> = t
        .markers
        .iter()
        .filter(|m| t.shows(m.date)) // the rest are listed in words, with their dates
        .filter_map(|m| {
            let (kind, glyph, text) = match m.kind {
                MarkerKind::FollowUp { .. } => (
                    "follow-up",
                    "●",
                    (texts.follow_up_on)(&lang.format_date(m.date)),
                ),
                MarkerKind::NextFollowUp { overdue, .. } => (
                    if overdue { "next-overdue" } else { "next" },
                    "◆",
                    if overdue {
                        (texts.next_follow_up_overdue)(&lang.format_date(m.date))
                    } else {
                        (texts.next_follow_up_on)(&lang.format_date(m.date))
                    },
                ),
                MarkerKind::Decision { .. } => return None,
            };
            Some((kind, glyph, text, pct(t.middle(m.date))))
        })
        .collect();
    let meeting_glyphs = meetings
        .iter()
        .map(|(kind, glyph, text, left)| {
            view! {
                <span class="hp-tl-meeting" data-kind=*kind style=format!("left:{left}") title=text.clone()>
                    {*glyph}
                </span>
            }
        })
        .collect_view();
    let meeting_lines = meetings
        .iter()
        .map(|(kind, _, _, left)| {
            view! { <span class="hp-tl-meeting-line" data-kind=*kind style=format!("left:{left}")></span> }
        })
        .collect_view();

    let today_at = t.middle(t.today);
    let today_left = pct(today_at);
    // The label stays inside the chart near its edges.
    let today_anchor = if today_at < 0.08 {
        "start"
    } else if today_at > 0.92 {
        "end"
    } else {
        "middle"
    };
    let bands = t
        .bands
        .iter()
        .map(|band| {
            let k = sector_index(band.sector);
            let count = band.bars.len();
            let n = shown[k].min(count);
            let lanes = band.lanes_of_first(n).max(1);
            let code = band.sector.code();
            let heading_id = state.dom_id(&format!("tl-band-{code}"));
            let more_id = state.dom_id(&format!("tl-more-{code}"));
            let name = sector_name(state, lang, band.sector);
            let bars = band.bars[..n]
                .iter()
                .enumerate()
                .map(|(row, bar)| bar_view(state, lang, t, &look, bar, row))
                .collect_view();
            let body = if count == 0 {
                view! { <p class="hp-tl-empty hp-tl-sticky">{texts.band_empty}</p> }.into_any()
            } else {
                view! {
                    <ul class="hp-tl-lanes" style=format!("--lanes:{lanes};--rows:{n}")>
                        {bars}
                    </ul>
                }
                .into_any()
            };
            let more = (n < count).then(|| {
                let step = PAGE.min(count - n);
                let focus_id = more_id.clone();
                view! {
                    <p class="hp-tl-more hp-tl-sticky">
                        {(texts.showing)(n, count)} " "
                        <button
                            type="button"
                            class="hp-button hp-button-small"
                            id=more_id.clone()
                            on:click=move |_| {
                                limits.update(|l| l[k] += PAGE);
                                let id = focus_id.clone();
                                request_animation_frame(move || focus_by_id(&id));
                            }
                        >
                            {(texts.show_more)(step)}
                        </button>
                    </p>
                }
            });
            let labelled_by = heading_id.clone();
            view! {
                <section class="hp-tl-band" data-sector=code aria-labelledby=labelled_by>
                    <h3 class="hp-tl-band-name" id=heading_id>
                        <span class="hp-tl-sticky">
                            {name} <span class="hp-tl-count">{format!(" ({})", (texts.band_count)(count))}</span>
                        </span>
                    </h3>
                    {body}
                    {more}
                </section>
            }
        })
        .collect_view();

    view! {
        <div class="hp-tl-chart" style=format!("--hp-tl-months:{}", months.len())>
            <div class="hp-tl-axis" aria-hidden="true">
                <div class="hp-tl-years">{years}</div>
                <div class="hp-tl-months">{month_ticks}</div>
                <div class="hp-tl-marks">
                    {meeting_glyphs}
                    <span class="hp-tl-today-label" data-anchor=today_anchor style=format!("left:{today_left}")>
                        {texts.today}
                    </span>
                </div>
            </div>
            <div class="hp-tl-grid" aria-hidden="true">{grid}{meeting_lines}</div>
            <div class="hp-tl-today" aria-hidden="true" style=format!("left:{today_left}")></div>
            <div class="hp-tl-bands">{bands}</div>
        </div>
    }
}

/// Where a span lies within a bar, as (left, width) fractions of the bar.
fn within(t: &Timeline, bar: &Bar, span: &Span) -> (f64, f64) {
    let b0 = t.position(bar.start);
    let b1 = t.position_end(bar.end);
    let whole = (b1 - b0).max(f64::EPSILON);
    let s0 = t.position(span.from);
    let s1 = t.position_end(span.until);
    ((s0 - b0) / whole, (s1 - s0) / whole)
}

/// One bar. Its place is given as unitless fractions of the chart's width (`--l`, `--w`,
/// decision `--d`) and as a lane (`--lane`, wide screens: bars share lanes) and a row
/// (`--row`, narrow screens: one row per intervention, title above the bar), so the
/// stylesheet can lay it out either way.
fn bar_view(
    state: EditorState,
    lang: Lang,
    t: &Timeline,
    look: &Lookup,
    bar: &Bar,
    row: usize,
) -> impl IntoView {
    let texts = lang.timeline();
    let id = bar.id;
    let left = t.position(bar.start);
    let width = t.position_end(bar.end) - left;
    let mut style = format!(
        "--l:{left:.5};--w:{width:.5};--lane:{};--row:{row}",
        bar.lane
    );
    let name = bar_name(state, lang, t, look, bar);
    let span_view = |class: &'static str, s: &Span| {
        let (l, w) = within(t, bar, s);
        view! { <span class=class style=format!("left:{};width:{}", pct(l), pct(w))></span> }
    };
    let shared = bar
        .shared
        .iter()
        .map(|s| span_view("hp-tl-shared", s))
        .collect_view();
    let doubles = look.double_spans.get(&id).map(|spans| {
        spans
            .iter()
            .map(|s| span_view("hp-tl-double-span", s))
            .collect_view()
    });
    let tag = (!bar.doubles.is_empty())
        .then(|| view! { <span class="hp-tl-tag">{texts.double_tag}</span> });
    // A decision date beyond the axis is not drawn at the edge (it would look like a
    // date there); the bar's name and the list of dates say it.
    let decision = look
        .decisions
        .get(&id)
        .filter(|(date, _)| t.shows(*date))
        .map(|(date, status)| {
            style.push_str(&format!(";--d:{:.5}", t.middle(*date)));
            let title =
                (texts.decision_on)(lang.decision_status(*status), &lang.format_date(*date));
            view! { <span class="hp-tl-decision" aria-hidden="true" title=title>"◇"</span> }
        });
    view! {
        <li class="hp-tl-item" style=style>
            <button
                type="button"
                class="hp-tl-bar"
                id=state.dom_id(&format!("tl-bar-{id}"))
                data-status=option_value(&bar.status)
                data-double=(!bar.doubles.is_empty()).to_string()
                aria-label=name
                title=bar.title.clone()
                on:click=move |_| state.open_item(ItemRef::Intervention(id))
            >
                <span class="hp-tl-fill" aria-hidden="true">{shared}{doubles}</span>
                <span class="hp-tl-label">
                    {bar.open_start.then(|| view! { <span class="hp-tl-open" aria-hidden="true">"←"</span> })}
                    {bar.beyond_start.then(|| view! { <span class="hp-tl-open" aria-hidden="true">"«"</span> })}
                    {tag}
                    <span class="hp-tl-bar-text">{bar.title.clone()}</span>
                    {bar.beyond_end.then(|| view! { <span class="hp-tl-open" aria-hidden="true">"»"</span> })}
                    {bar.open_end.then(|| view! { <span class="hp-tl-open" aria-hidden="true">"→"</span> })}
                </span>
            </button>
            {decision}
        </li>
    }
}

#[component]
fn Legend(layout: Memo<Timeline>) -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().timeline();
    let any_beyond = Memo::new(move |_| {
        layout.with(|t| {
            t.bands
                .iter()
                .flat_map(|b| &b.bars)
                .any(|b| b.beyond_start || b.beyond_end)
        })
    });
    view! {
        <div class="hp-tl-legend">
            <h3 class="hp-subheading">{move || t().legend_heading}</h3>
            <ul>
                <li><span class="hp-tl-key hp-tl-key-filled" aria-hidden="true"></span>{move || t().legend_filled}</li>
                <li><span class="hp-tl-key hp-tl-key-proposed" aria-hidden="true"></span>{move || t().legend_proposed}</li>
                <li><span class="hp-tl-key hp-tl-key-done" aria-hidden="true"></span>{move || t().legend_done}</li>
                <li><span class="hp-tl-key hp-tl-key-shared" aria-hidden="true"></span>{move || t().legend_shared}</li>
                <li><span class="hp-tl-key hp-tl-key-double" aria-hidden="true">{move || t().double_tag}</span>{move || t().legend_double}</li>
                <li><span class="hp-tl-key hp-tl-key-glyph" aria-hidden="true">"→"</span>{move || t().legend_open_end}</li>
                <Show when=move || any_beyond.get()>
                    <li><span class="hp-tl-key hp-tl-key-glyph" aria-hidden="true">"»"</span>{move || t().legend_beyond}</li>
                </Show>
                <li><span class="hp-tl-key hp-tl-key-today" aria-hidden="true"></span>{move || t().legend_today}</li>
                <li><span class="hp-tl-key hp-tl-key-glyph hp-tl-key-meeting" aria-hidden="true">"●"</span>{move || t().legend_follow_up}</li>
                <li><span class="hp-tl-key hp-tl-key-glyph hp-tl-key-next" aria-hidden="true">"◆"</span>{move || t().legend_next_follow_up}</li>
                <li><span class="hp-tl-key hp-tl-key-glyph" aria-hidden="true">"◇"</span>{move || t().legend_decision}</li>
            </ul>
        </div>
    }
}

/// Interventions without dates, each opening its card.
#[component]
fn Undated(layout: Memo<Timeline>) -> impl IntoView {
    let state = use_editor();
    let items = Memo::new(move |_| {
        layout.with(|t| {
            t.undated
                .iter()
                .map(|u| (u.id, u.title.clone(), u.sector, u.status))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !items.with(Vec::is_empty)>
            <div class="hp-tl-undated">
                <h3 class="hp-subheading">{move || state.host.lang.get().timeline().undated_heading}</h3>
                <p class="hp-hint">{move || state.host.lang.get().timeline().undated_intro}</p>
                <ul>
                    {move || {
                        let lang = state.host.lang.get();
                        items
                            .get()
                            .into_iter()
                            .map(|(id, title, sector, status)| {
                                let detail = format!(
                                    " – {}, {}",
                                    sector_name(state, lang, sector),
                                    lang.intervention_status(status).to_lowercase()
                                );
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            class="hp-tl-link"
                                            on:click=move |_| state.open_item(ItemRef::Intervention(id))
                                        >
                                            {title}
                                        </button>
                                        {detail}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}

/// Follow-up meetings, the next agreed date and decisions, in words.
#[component]
fn Dates(layout: Memo<Timeline>) -> impl IntoView {
    let state = use_editor();
    let all = RwSignal::new(false);
    let lines = Memo::new(move |_| {
        let lang = state.host.lang.get();
        let texts = lang.timeline();
        layout.with(|t| {
            let look = Lookup::of(t);
            t.markers
                .iter()
                .map(|m| {
                    let date = lang.format_date(m.date);
                    match m.kind {
                        MarkerKind::FollowUp { .. } => ("follow-up", (texts.follow_up_on)(&date)),
                        MarkerKind::NextFollowUp { overdue: true, .. } => {
                            ("next-overdue", (texts.next_follow_up_overdue)(&date))
                        }
                        MarkerKind::NextFollowUp { .. } => {
                            ("next", (texts.next_follow_up_on)(&date))
                        }
                        MarkerKind::Decision {
                            intervention,
                            status,
                            ..
                        } => (
                            "decision",
                            format!(
                                "{date}: {}",
                                (texts.decision_about)(
                                    &look.title(intervention),
                                    lang.decision_status(status)
                                )
                            ),
                        ),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let t = move || state.host.lang.get().timeline();
    view! {
        <div class="hp-tl-dates">
            <h3 class="hp-subheading">{move || t().dates_heading}</h3>
            <Show
                when=move || !lines.with(Vec::is_empty)
                fallback=move || view! { <p>{move || t().dates_none}</p> }
            >
                <ul>
                    {move || {
                        let cap = if all.get() { usize::MAX } else { LISTED_DATES };
                        lines
                            .get()
                            .into_iter()
                            .take(cap)
                            .map(|(kind, line)| {
                                let glyph = match kind {
                                    "follow-up" => "●",
                                    "decision" => "◇",
                                    _ => "◆",
                                };
                                view! {
                                    <li data-kind=kind>
                                        <span class="hp-tl-glyph" aria-hidden="true">{glyph}</span>
                                        {line}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <Show when=move || !all.get() && lines.with(|l| l.len() > LISTED_DATES)>
                    <button type="button" class="hp-button hp-button-small" on:click=move |_| all.set(true)>
                        {move || t().show_all}
                    </button>
                </Show>
            </Show>
        </div>
    }
}

/// Every pair that runs at the same time, in words (double interventions are above).
#[component]
fn Overlaps(layout: Memo<Timeline>) -> impl IntoView {
    let state = use_editor();
    let total = Memo::new(move |_| layout.with(|t| t.overlap_pairs));
    let summary =
        Signal::derive(move || (state.host.lang.get().timeline().overlaps_heading)(total.get()));
    view! {
        <Show when=move || { total.get() > 0 }>
            <Disclosure summary=move || summary.get() class="hp-tl-overlaps">
                <p class="hp-hint">{move || state.host.lang.get().timeline().overlaps_intro}</p>
                <ul>
                    {move || {
                        let lang = state.host.lang.get();
                        layout.with(|t| {
                            let look = Lookup::of(t);
                            t.overlaps
                                .iter()
                                .filter(|o| !o.double)
                                .take(LISTED_PAIRS)
                                .map(|o| {
                                    let line = pair_line(state, lang, &look, o);
                                    view! { <li>{line}</li> }
                                })
                                .collect_view()
                        })
                    }}
                </ul>
                {move || {
                    // Pairs on screen: those listed here, and the double pairs of two bars above.
                    let shown = layout.with(|t| {
                        let listed = t.overlaps.iter().filter(|o| !o.double).count().min(LISTED_PAIRS);
                        let doubles = t
                            .overlaps
                            .iter()
                            .filter(|o| o.double && t.bar(o.a).is_some() && t.bar(o.b).is_some())
                            .count();
                        listed + doubles
                    });
                    let rest = total.get().saturating_sub(shown);
                    (rest > 0).then(|| view! { <p>{(state.host.lang.get().timeline().overlaps_more)(rest)}</p> })
                }}
            </Disclosure>
        </Show>
    }
}

/// The same facts as a table per sector, for screen readers and small screens.
#[component]
fn TableView(layout: Memo<Timeline>, limits: RwSignal<[usize; 4]>) -> impl IntoView {
    let state = use_editor();
    let summary =
        Signal::derive(move || state.host.lang.get().timeline().table_heading.to_string());
    view! {
        <Disclosure summary=move || summary.get() class="hp-tl-table">
            {move || {
                let lang = state.host.lang.get();
                let shown = limits.get();
                layout.with(|t| tables(state, lang, t, shown))
            }}
        </Disclosure>
    }
}

fn tables(state: EditorState, lang: Lang, t: &Timeline, shown: [usize; 4]) -> impl IntoView {
    let texts = lang.timeline();
    let look = Lookup::of(t);
    t.bands
        .iter()
        .map(|band| {
            let k = sector_index(band.sector);
            let n = shown[k].min(band.bars.len());
            let name = sector_name(state, lang, band.sector);
            let undated: Vec<_> = t.undated.iter().filter(|u| u.sector == band.sector).collect();
            let date_or = |d: Option<NaiveDate>, none: &'static str| {
                d.map(|d| lang.format_date(d)).unwrap_or_else(|| none.to_string())
            };
            if n == 0 && undated.is_empty() {
                return None;
            }
            let rows = band.bars[..n]
                .iter()
                .map(|bar| {
                    let id = bar.id;
                    let mut with = String::new();
                    if !bar.doubles.is_empty() {
                        with.push_str(&(texts.double_with)(&look.quoted_list(lang, &bar.doubles)));
                        with.push(' ');
                    }
                    with.push_str(&overlap_sentence(lang, t, &look, bar));
                    if with.trim().is_empty() {
                        with = texts.nothing.to_string();
                    }
                    view! {
                        <tr>
                            <th scope="row">
                                <button type="button" class="hp-tl-link" on:click=move |_| state.open_item(ItemRef::Intervention(id))>
                                    {bar.title.clone()}
                                </button>
                            </th>
                            <td>{date_or(bar.period.start, texts.no_start)}</td>
                            <td>{date_or(bar.period.end, texts.no_end)}</td>
                            <td>{lang.intervention_status(bar.status)}</td>
                            <td>{with.trim().to_string()}</td>
                        </tr>
                    }
                })
                .collect_view();
            let undated_rows = undated
                .into_iter()
                .map(|u| {
                    let id = u.id;
                    view! {
                        <tr>
                            <th scope="row">
                                <button type="button" class="hp-tl-link" on:click=move |_| state.open_item(ItemRef::Intervention(id))>
                                    {u.title.clone()}
                                </button>
                            </th>
                            <td colspan="2">{texts.no_dates}</td>
                            <td>{lang.intervention_status(u.status)}</td>
                            <td>{texts.nothing}</td>
                        </tr>
                    }
                })
                .collect_view();
            let more = (n < band.bars.len()).then(|| view! { <p class="hp-hint">{(texts.showing)(n, band.bars.len())}</p> });
            let caption_id = state.dom_id(&format!("tl-table-{}", band.sector.code()));
            let labelled_by = caption_id.clone();
            Some(view! {
                <div class="hp-tl-table-wrap" tabindex="0" role="region" aria-labelledby=labelled_by>
                    <table>
                        <caption id=caption_id>{name}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{texts.col_intervention}</th>
                                <th scope="col">{texts.col_start}</th>
                                <th scope="col">{texts.col_end}</th>
                                <th scope="col">{texts.col_status}</th>
                                <th scope="col">{texts.col_overlaps}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}{undated_rows}</tbody>
                    </table>
                    {more}
                </div>
            })
        })
        .collect_view()
}
