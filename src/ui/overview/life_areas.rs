//! The life-area chart: one axis per life area in the plan, the citizen's and the
//! professionals' latest ratings side by side, compared with an earlier date.
//!
//! The figures come from [`crate::model::life_areas`] (which also says how several goals
//! in one area are combined); this view only draws them. The chart is our own plain
//! design: round rings for the scale (−2 in the middle, the expected 0 drawn thicker,
//! +2 outside), one spoke per life area, the citizen as a solid line with round points,
//! the professional as a dashed line with square points, and an earlier date as thin
//! lines with hollow points. So the two voices differ by line and point shape, not only
//! by colour.
//!
//! Accessibility: the SVG is one image (`role="img"`) with a name that says what it
//! shows; the figure around it takes keyboard focus, and the arrow keys move from one
//! life area to the next, while a line under the chart (a polite live region) says the
//! area's figures in words. The same figures are a real table behind "Vis som tabel".

use std::f64::consts::PI;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::Lang;
use crate::model::life_areas::{
    any_rated, comparison_dates, life_area_ratings, rated_goals_off_chart, AreaRatings,
};
use crate::model::Perspective;
use crate::ui::details::Disclosure;
use crate::ui::state::{use_editor, Section};

const VOICES: [Perspective; 2] = [Perspective::Citizen, Perspective::Professional];

/// Radius of the outer ring (+2), in SVG units.
const R: f64 = 100.0;
/// The −2 ring as a share of [`R`]: a small circle, so a shape at −2 stays visible.
const INNER: f64 = 0.2;
/// Area names: font size, line height, and the longest line before wrapping.
const LABEL_FONT: f64 = 18.0;
const LABEL_LINE: f64 = 20.0;
const LABEL_CHARS: usize = 10;
/// Rough width of a character at [`LABEL_FONT`], to fit the view box around the names.
const CHAR_WIDTH: f64 = LABEL_FONT * 0.6;
/// The size of a note line ("not rated") relative to a name line.
const NOTE_RATIO: f64 = 0.8;

fn voice_key(perspective: Perspective) -> &'static str {
    match perspective {
        Perspective::Citizen => "citizen",
        Perspective::Professional => "professional",
    }
}

/// A value as people write it: "−1", "0", "+2", and means with one decimal: "−0,5".
pub fn format_value(lang: Lang, value: f64) -> String {
    let tenths = (value * 10.0).round() as i32;
    let sign = match tenths.signum() {
        -1 => "\u{2212}",
        1 => "+",
        _ => "",
    };
    let abs = tenths.abs();
    if abs % 10 == 0 {
        format!("{sign}{}", abs / 10)
    } else {
        format!(
            "{sign}{}{}{}",
            abs / 10,
            lang.life_areas().decimal,
            abs % 10
        )
    }
}

/// One voice's figure for an area, inside a sentence ("ingen vurdering" when not rated).
fn figure_text(lang: Lang, area: &AreaRatings, perspective: Perspective) -> String {
    area.voice(perspective)
        .map(|v| format_value(lang, v.mean()))
        .unwrap_or_else(|| lang.life_areas().not_rated_inline.to_string())
}

// --- geometry -----------------------------------------------------------------------

fn angle(index: usize, count: usize) -> f64 {
    -PI / 2.0 + 2.0 * PI * index as f64 / count.max(1) as f64
}

/// Distance from the centre for a scale value (−2..=+2).
fn radius(value: f64) -> f64 {
    R * (INNER + (1.0 - INNER) * (value.clamp(-2.0, 2.0) + 2.0) / 4.0)
}

fn at(index: usize, count: usize, r: f64) -> (f64, f64) {
    let a = angle(index, count);
    (r * a.cos(), r * a.sin())
}

/// SVG numbers: short, and the same on every machine.
fn n(x: f64) -> String {
    format!("{x:.1}")
}

/// Greedy word wrap for the area names.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// An area name placed outside its spoke: anchor, first baseline, lines (the last one
/// may be a smaller note, e.g. "not rated"), and its box.
struct Label {
    x: f64,
    first_y: f64,
    anchor: &'static str,
    lines: Vec<(String, bool)>,
    bounds: (f64, f64, f64, f64),
}

fn place_label(index: usize, count: usize, name: &str, note: Option<&str>) -> Label {
    let a = angle(index, count);
    let (cos, sin) = (a.cos(), a.sin());
    let (x, y) = at(index, count, R + 12.0);
    let mut lines: Vec<(String, bool)> = wrap(name, LABEL_CHARS)
        .into_iter()
        .map(|l| (l, false))
        .collect();
    lines.extend(note.map(|n| (n.to_string(), true)));
    let height = (lines.len().max(1) - 1) as f64 * LABEL_LINE;
    let width = lines
        .iter()
        .map(|(l, small)| l.chars().count() as f64 * if *small { NOTE_RATIO } else { 1.0 })
        .fold(0.0, f64::max)
        * CHAR_WIDTH;
    let anchor = if cos > 0.3 {
        "start"
    } else if cos < -0.3 {
        "end"
    } else {
        "middle"
    };
    let first_y = if sin < -0.3 {
        y - 4.0 - height
    } else if sin > 0.3 {
        y + LABEL_FONT
    } else {
        y - height / 2.0 + LABEL_FONT * 0.35
    };
    let (left, right) = match anchor {
        "start" => (x, x + width),
        "end" => (x - width, x),
        _ => (x - width / 2.0, x + width / 2.0),
    };
    Label {
        x,
        first_y,
        anchor,
        lines,
        bounds: (left, first_y - LABEL_FONT, right, first_y + height + 4.0),
    }
}

/// The outline of one voice: segments between neighbouring rated areas only (a missing
/// rating leaves a gap rather than a line that would pretend to know).
fn outline(points: &[Option<(f64, f64)>]) -> String {
    let count = points.len();
    let pairs = match count {
        0 | 1 => 0,
        2 => 1,
        _ => count,
    };
    (0..pairs)
        .filter_map(|i| {
            let (a, b) = (points[i]?, points[(i + 1) % count]?);
            Some(format!("M{} {}L{} {}", n(a.0), n(a.1), n(b.0), n(b.1)))
        })
        .collect()
}

/// One voice's shape, now or at the earlier date.
fn series(areas: &[AreaRatings], perspective: Perspective, earlier: bool) -> impl IntoView {
    let count = areas.len();
    let points: Vec<Option<(f64, f64)>> = areas
        .iter()
        .enumerate()
        .map(|(i, a)| a.voice(perspective).map(|v| at(i, count, radius(v.mean()))))
        .collect();
    let whole = count >= 3 && points.iter().all(Option::is_some);
    let fill = whole.then(|| {
        points
            .iter()
            .flatten()
            .map(|(x, y)| format!("{},{}", n(*x), n(*y)))
            .collect::<Vec<_>>()
            .join(" ")
    });
    let class = format!(
        "hp-la-series hp-la-{} {}",
        voice_key(perspective),
        if earlier { "hp-la-then" } else { "hp-la-now" }
    );
    let markers = points
        .iter()
        .flatten()
        .map(|&(x, y)| match perspective {
            Perspective::Citizen => view! {
                <circle class="hp-la-marker" cx=n(x) cy=n(y) r="7.5" />
            }
            .into_any(),
            Perspective::Professional => view! {
                <rect class="hp-la-marker" x=n(x - 4.5) y=n(y - 4.5) width="9" height="9" />
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <g class=class>
            {fill.map(|p| view! { <polygon class="hp-la-fill" points=p /> })}
            <path class="hp-la-line" d=outline(&points) />
            {markers}
        </g>
    }
}

/// A small sample of a series' line and point, for the legend.
fn swatch(perspective: Perspective, earlier: bool) -> impl IntoView {
    let class = format!(
        "hp-la-swatch hp-la-series hp-la-{} {}",
        voice_key(perspective),
        if earlier { "hp-la-then" } else { "hp-la-now" }
    );
    let marker = match perspective {
        Perspective::Citizen => {
            view! { <circle class="hp-la-marker" cx="20" cy="8" r="5" /> }.into_any()
        }
        Perspective::Professional => {
            view! { <rect class="hp-la-marker" x="15.5" y="3.5" width="9" height="9" /> }.into_any()
        }
    };
    view! {
        <svg class=class viewBox="0 0 40 16" width="40" height="16" aria-hidden="true" focusable="false">
            <path class="hp-la-line" d="M2 8L38 8" />
            {marker}
        </svg>
    }
}

// --- the component ------------------------------------------------------------------

#[component]
pub fn LifeAreaChart() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().life_areas();

    let now = Memo::new(move |_| {
        state
            .host
            .catalogue
            .with(|c| state.plan.with(|p| life_area_ratings(p, c, None)))
    });
    let dates = Memo::new(move |_| state.plan.with(comparison_dates));
    let chosen: RwSignal<Option<NaiveDate>> = RwSignal::new(None);
    // A chosen date that is no longer a rating date (a rating was removed) counts as none.
    let compare = Memo::new(move |_| chosen.get().filter(|d| dates.with(|all| all.contains(d))));
    let then = Memo::new(move |_| {
        compare.get().map(|d| {
            state
                .host
                .catalogue
                .with(|c| state.plan.with(|p| life_area_ratings(p, c, Some(d))))
        })
    });
    let off_chart = Memo::new(move |_| state.plan.with(rated_goals_off_chart));
    let has_axes = Memo::new(move |_| now.with(|a| !a.is_empty()));
    let rated = Memo::new(move |_| now.with(|a| any_rated(a)));
    // The area the pointer or the arrow keys are on.
    let selected: RwSignal<Option<usize>> = RwSignal::new(None);
    let count = move || now.with(Vec::len);
    let current = move || selected.get().filter(|i| *i < count());

    let heading_id = state.dom_id("la-heading");
    let select_id = state.dom_id("la-compare");
    let hint_id = state.dom_id("la-compare-hint");
    let readout_id = state.dom_id("la-readout");
    let labelled_by = heading_id.clone();

    let date_text = move |d: NaiveDate| lang().format_date(d);

    // --- the comparison control (only when there is an earlier date)
    let control = {
        let select_id = select_id.clone();
        let hint_id = hint_id.clone();
        move || {
            let all = dates.get();
            if all.is_empty() || !rated.get() {
                return None;
            }
            let chosen_now = compare.get_untracked();
            let select_id = select_id.clone();
            let label_for = select_id.clone();
            let hint_id = hint_id.clone();
            let described = hint_id.clone();
            let options = all
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let text = if i == 0 {
                        (t().compare_start)(&date_text(*d))
                    } else {
                        date_text(*d)
                    };
                    let value = d.to_string();
                    let selected = chosen_now == Some(*d);
                    view! { <option value=value selected=selected>{text}</option> }
                })
                .collect_view();
            Some(view! {
                <div class="hp-la-compare hp-field">
                    <label class="hp-label" for=label_for>{t().compare_label}</label>
                    <select
                        id=select_id
                        class="hp-select"
                        aria-describedby=described
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            chosen.set(value.parse::<NaiveDate>().ok());
                        }
                    >
                        <option value="" selected=chosen_now.is_none()>
                            {t().compare_none}
                        </option>
                        {options}
                    </select>
                    <p id=hint_id class="hp-hint">{t().compare_hint}</p>
                </div>
            })
        }
    };

    // --- the chart itself
    let chart_svg = move || {
        let lang = lang();
        let texts = lang.life_areas();
        let areas = now.get();
        let earlier = then.get();
        let count = areas.len();
        let names: Vec<String> = state.host.catalogue.with(|c| {
            areas
                .iter()
                .map(|a| lang.life_area_name(c, &a.code))
                .collect()
        });
        let labels: Vec<Label> = names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let note = (!areas[i].is_rated()).then_some(texts.axis_not_rated);
                place_label(i, count, name, note)
            })
            .collect();
        let (mut left, mut top, mut right, mut bottom) = (-R, -R, R, R);
        for l in &labels {
            left = left.min(l.bounds.0);
            top = top.min(l.bounds.1);
            right = right.max(l.bounds.2);
            bottom = bottom.max(l.bounds.3);
        }
        let pad = 6.0;
        let view_box = format!(
            "{} {} {} {}",
            n(left - pad),
            n(top - pad),
            n(right - left + 2.0 * pad),
            n(bottom - top + 2.0 * pad)
        );
        let compare_date = compare.get().map(|d| lang.format_date(d));
        let aria = (texts.chart_label)(count, compare_date.as_deref());
        let chosen_axis = current();

        let rings = [-2i8, -1, 0, 1, 2]
            .into_iter()
            .map(|v| {
                let class = if v == 0 {
                    "hp-la-ring hp-la-ring-expected"
                } else {
                    "hp-la-ring"
                };
                view! { <circle class=class cx="0" cy="0" r=n(radius(f64::from(v))) /> }
            })
            .collect_view();
        // Scale numbers between the first two spokes, where no line crosses them.
        let scale_angle = if count >= 2 {
            angle(0, count) + PI / count as f64
        } else {
            -PI / 3.0
        };
        let scale = [-2i8, -1, 0, 1, 2]
            .into_iter()
            .map(|v| {
                let r = radius(f64::from(v));
                let (x, y) = (r * scale_angle.cos(), r * scale_angle.sin());
                view! {
                    <text class="hp-la-scale" x=n(x) y=n(y + 4.0) text-anchor="middle">
                        {format_value(lang, f64::from(v))}
                    </text>
                }
            })
            .collect_view();
        let spokes = labels
            .into_iter()
            .enumerate()
            .map(|(i, label)| {
                let (x, y) = at(i, count, R);
                let class = if chosen_axis == Some(i) {
                    "hp-la-axis hp-la-axis-selected"
                } else {
                    "hp-la-axis"
                };
                let lines = label
                    .lines
                    .into_iter()
                    .enumerate()
                    .map(|(k, (line, small))| {
                        let y = label.first_y + k as f64 * LABEL_LINE;
                        let class = if small { "hp-la-name-note" } else { "" };
                        view! { <tspan class=class x=n(label.x) y=n(y)>{line}</tspan> }
                    })
                    .collect_view();
                view! {
                    <g
                        class=class
                        data-area=areas[i].code.clone()
                        on:mouseenter=move |_| selected.set(Some(i))
                        on:click=move |_| selected.set(Some(i))
                    >
                        <line class="hp-la-spoke-hit" x1="0" y1="0" x2=n(x) y2=n(y) />
                        <line class="hp-la-spoke" x1="0" y1="0" x2=n(x) y2=n(y) />
                        <text class="hp-la-name" text-anchor=label.anchor>{lines}</text>
                    </g>
                }
            })
            .collect_view();
        let earlier_series = earlier.map(|e| {
            VOICES
                .into_iter()
                .map(|p| series(&e, p, true))
                .collect_view()
        });
        let now_series = VOICES
            .into_iter()
            .map(|p| series(&areas, p, false))
            .collect_view();
        view! {
            <svg class="hp-la-svg" viewBox=view_box role="img" aria-label=aria>
                <g class="hp-la-rings">{rings}</g>
                <g class="hp-la-spokes">{spokes}</g>
                <g class="hp-la-scale-numbers">{scale}</g>
                {earlier_series}
                {now_series}
            </svg>
        }
    };

    // --- legend
    let legend = move || {
        let texts = t();
        let date = compare.get().map(date_text);
        let mut items: Vec<AnyView> = VOICES
            .into_iter()
            .map(|p| {
                view! { <li>{swatch(p, false)}<span>{lang().perspective(p)}</span></li> }.into_any()
            })
            .collect();
        if let Some(date) = date {
            for p in VOICES {
                let text = (texts.legend_then)(texts.voice(p), &date);
                items.push(view! { <li>{swatch(p, true)}<span>{text}</span></li> }.into_any());
            }
        }
        view! {
            <ul class="hp-la-legend" aria-label=texts.legend_label>
                {items}
            </ul>
        }
    };

    // --- what the selected area's figures are, in words
    let readout = move || {
        let texts = t();
        let Some(i) = current() else {
            return texts.explore_hint.to_string();
        };
        let lang = lang();
        now.with(|areas| {
            let area = &areas[i];
            let name = state
                .host
                .catalogue
                .with(|c| lang.life_area_name(c, &area.code));
            let earlier = then.get();
            let date = compare.get().map(|d| lang.format_date(d));
            let voice = |p: Perspective| {
                let value = figure_text(lang, area, p);
                match (&earlier, &date) {
                    (Some(e), Some(date)) => (texts.readout_compared)(
                        &value,
                        date,
                        &e.get(i)
                            .and_then(|a| a.voice(p))
                            .map(|v| format_value(lang, v.mean()))
                            .unwrap_or_else(|| texts.not_rated_inline.to_string()),
                    ),
                    _ => value,
                }
            };
            (texts.readout)(
                &name,
                &voice(Perspective::Citizen),
                &voice(Perspective::Professional),
            )
        })
    };

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = count();
        if count == 0 {
            return;
        }
        let at_now = current();
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => at_now.map_or(0, |i| (i + 1) % count),
            "ArrowLeft" | "ArrowUp" => at_now.map_or(count - 1, |i| (i + count - 1) % count),
            "Home" => 0,
            "End" => count - 1,
            _ => return,
        };
        ev.prevent_default();
        selected.set(Some(next));
    };

    let figure = {
        let readout_id = readout_id.clone();
        move || {
            let described = readout_id.clone();
            view! {
                <figure
                    class="hp-la-figure"
                    tabindex="0"
                    aria-label=move || t().figure_label
                    aria-describedby=described
                    on:keydown=on_key
                    on:focus=move |_| {
                        if current().is_none() {
                            selected.set(Some(0));
                        }
                    }
                >
                    {chart_svg}
                </figure>
            }
        }
    };

    let table = move || {
        let lang = lang();
        let texts = lang.life_areas();
        let areas = now.get();
        let earlier = then.get();
        let date = compare.get().map(|d| lang.format_date(d));
        let caption = match &date {
            Some(d) => format!(
                "{}{}",
                texts.table_caption,
                (texts.table_caption_compared)(d)
            ),
            None => texts.table_caption.to_string(),
        };
        let headers = VOICES
            .into_iter()
            .map(|p| {
                let heading = match p {
                    Perspective::Citizen => texts.col_citizen,
                    Perspective::Professional => texts.col_professional,
                };
                view! { <th scope="col">{heading}</th> }
            })
            .collect_view();
        // One column per voice; with a comparison, the earlier figure sits under the
        // latest in the same cell (five narrow columns do not fit a phone).
        let cell = move |area: &AreaRatings, before: Option<&AreaRatings>, p: Perspective| {
            let voice = area.voice(p);
            let value = voice
                .map(|v| format_value(lang, v.mean()))
                .unwrap_or_else(|| texts.not_rated.to_string());
            let mean_of = voice
                .filter(|v| v.rated_goals() > 1)
                .map(|v| (texts.mean_of)(v.rated_goals()));
            let earlier = date.as_ref().map(|_| {
                let then = before
                    .and_then(|b| b.voice(p))
                    .map(|v| format_value(lang, v.mean()))
                    .unwrap_or_else(|| texts.not_rated_inline.to_string());
                (texts.earlier_value)(&then)
            });
            let class = if voice.is_none() {
                "hp-la-cell hp-la-none"
            } else {
                "hp-la-cell"
            };
            view! {
                <td class=class>
                    <span class="hp-la-value">{value}</span>
                    {mean_of.map(|m| view! { <span class="hp-la-mean">{m}</span> })}
                    {earlier.map(|e| view! { <span class="hp-la-earlier">{e}</span> })}
                </td>
            }
        };
        let rows = areas
            .iter()
            .enumerate()
            .map(|(i, area)| {
                let name = state
                    .host
                    .catalogue
                    .with(|c| lang.life_area_name(c, &area.code));
                let before = earlier.as_ref().and_then(|e| e.get(i));
                let cells = VOICES
                    .into_iter()
                    .map(|p| cell(area, before, p))
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{name}</th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="hp-la-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{texts.col_area}</th>
                        {headers}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };

    let empty = move || {
        let texts = t();
        let text = if has_axes.get() {
            texts.empty_no_ratings
        } else {
            texts.empty_no_areas
        };
        view! {
            <div class="hp-la-empty">
                <p>{text}</p>
                <button
                    type="button"
                    class="hp-link-button"
                    on:click=move |_| state.show_section(Section::Goals)
                >
                    {texts.go_to_goals}
                </button>
            </div>
        }
    };

    let body = move || {
        if !rated.get() {
            return empty().into_any();
        }
        let readout_id = readout_id.clone();
        view! {
            <div class="hp-la-body">
                <div class="hp-la-chart">{figure.clone()}</div>
                <div class="hp-la-side">
                    {legend}
                    <p class="hp-la-scale-note">{move || t().scale_note}</p>
                    <p id=readout_id class="hp-la-readout" aria-live="polite">
                        {readout}
                    </p>
                    {control.clone()}
                </div>
            </div>
            <Disclosure summary=move || t().table_summary class="hp-la-details" open_for_print=true>
                <div class="hp-la-table-wrap">{table}</div>
                <p class="hp-la-note">{move || t().mean_note}</p>
            </Disclosure>
        }
        .into_any()
    };

    view! {
        <div class="hp-life-areas" role="group" aria-labelledby=labelled_by>
            <h4 id=heading_id class="hp-la-heading">{move || t().heading}</h4>
            <p class="hp-la-intro">{move || t().intro.to(state.host.voice())}</p>
            {body}
            {move || {
                let n = off_chart.get();
                (n > 0).then(|| view! { <p class="hp-la-note">{(t().off_chart)(n)}</p> })
            }}
        </div>
    }
}
