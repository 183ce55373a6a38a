//! The one-decision summary: every intervention that needs a decision, grouped by sector
//! and legal basis, with the complaint route.
//!
//! The content is [`crate::model::decision::summary`]; this view words it. A heading per
//! sector, a table per legal basis (stacked as cards in a narrow column), each title a
//! button that opens the intervention, a counts line, the complaint route in a headed box
//! (the host's text from `state.host.complaint_route`, else the general guide in the current
//! language), and two actions: print this section as a document, and download the same
//! summary as JSON (`<plan title>-afgoerelse-<date>.json`, see docs/plan-format.md).

use leptos::prelude::*;

use super::browser::today;
use super::fields::option_value;
use super::section::SectionFrame;
use super::state::{use_editor, EditorState, Section};
use crate::i18n::Lang;
use crate::model::decision::{
    self, BasisGroup, ComplaintSource, DecisionItem, DecisionSummary, SectorGroup,
};
use crate::model::{ItemRef, PlanRelation};
use crate::ui::browser::files;

#[component]
pub fn DecisionSection() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().decision();
    let summary = Memo::new(move |_| current_summary(state, true));
    let empty = Memo::new(move |_| summary.with(|s| s.counts.total == 0));

    view! {
        <SectionFrame section=Section::Decision intro=Signal::derive(move || Some(t().intro.to(state.host.voice())))>
            <div class="hp-decision">
                {move || summary.with(|s| identity(state.host.lang.get(), s))}
                {move || summary.with(|s| linked_plans(state.host.lang.get(), s))}
                <p class="hp-decision-counts">{move || summary.with(|s| counts_line(state.host.lang.get(), s))}</p>
                <Show when=move || empty.get() fallback=move || view! { <Actions /> }>
                    <div class="hp-decision-empty">
                        <p>{move || t().empty}</p>
                        <button
                            type="button"
                            class="hp-link-button"
                            on:click=move |_| state.show_section(Section::Interventions)
                        >
                            {move || t().go_to_interventions}
                        </button>
                    </div>
                </Show>
                {move || {
                    let lang = state.host.lang.get();
                    summary.with(|s| {
                        s.sectors
                            .iter()
                            .map(|group| sector_view(state, lang, group))
                            .collect_view()
                    })
                }}
                <Show when=move || !empty.get()>
                    <Complaint summary=summary />
                </Show>
            </div>
        </SectionFrame>
    }
}

/// The summary as of today, with the host's complaint route (tracked or not).
fn current_summary(state: EditorState, tracked: bool) -> DecisionSummary {
    let complaint = if tracked {
        state.host.complaint_route.get()
    } else {
        state.host.complaint_route.get_untracked()
    };
    state.with_plan_and_catalogue(tracked, |plan, catalogue| {
        decision::summary(plan, catalogue, complaint.as_deref(), today())
    })
}

/// Plan, citizen, version and date: what makes the printout a document.
fn identity(lang: Lang, s: &DecisionSummary) -> impl IntoView {
    let t = lang.decision();
    let title = if s.plan.title.trim().is_empty() {
        t.untitled_plan.to_string()
    } else {
        s.plan.title.clone()
    };
    let name = if s.plan.citizen_name.trim().is_empty() {
        t.no_name.to_string()
    } else {
        s.plan.citizen_name.clone()
    };
    let version = match (s.plan.locked, s.plan.locked_at) {
        (true, Some(at)) => (t.version_approved)(
            s.plan.version,
            &lang.format_date(at.with_timezone(&chrono::Local).date_naive()),
        ),
        _ => (t.version_open)(s.plan.version),
    };
    view! {
        <dl class="hp-decision-identity">
            <div><dt>{t.plan}</dt><dd>{title}</dd></div>
            <div><dt>{t.citizen}</dt><dd>{name}</dd></div>
            <div><dt>{t.version}</dt><dd>{version}</dd></div>
            <div><dt>{t.date}</dt><dd>{lang.format_date(s.created_on)}</dd></div>
        </dl>
    }
}

/// The plans this one replaces or is coordinated with, as the overview lists them.
fn linked_plans(lang: Lang, s: &DecisionSummary) -> Option<impl IntoView> {
    if s.linked_plans.is_empty() {
        return None;
    }
    let t = lang.linked_plans();
    let line = |item: &crate::model::decision::LinkedPlanItem| {
        let name = item.label.as_ref().map_or(item.plan_type.clone(), |l| {
            lang.catalogue_label(l).to_string()
        });
        lang.plan_with_holder(name, &item.holder)
    };
    let group = |relation: PlanRelation, title: &'static str| {
        let items: Vec<String> = s
            .linked_plans
            .iter()
            .filter(|i| i.relation == relation)
            .map(line)
            .collect();
        (!items.is_empty()).then(|| {
            view! {
                <p class="hp-decision-plans-label">{title}</p>
                <ul class="hp-decision-plans">
                    {items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}
                </ul>
            }
        })
    };
    Some(view! {
        <div class="hp-decision-linked-plans">
            {group(PlanRelation::Replaces, t.overview_replaces)}
            {group(PlanRelation::LinksTo, t.overview_links_to)}
        </div>
    })
}

/// "3 indsatser kræver afgørelse: 1 bevilget, 1 afventer, 1 ikke søgt".
fn counts_line(lang: Lang, s: &DecisionSummary) -> String {
    let t = lang.decision();
    let head = (t.counts)(s.counts.total);
    let parts: Vec<String> = s
        .counts
        .nonzero()
        .into_iter()
        .map(|(status, n)| (t.status_count)(status, n))
        .collect();
    if parts.is_empty() {
        head
    } else {
        format!("{head}: {}", parts.join(", "))
    }
}

/// Print this section, download the summary as JSON.
#[component]
fn Actions() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().decision();
    let print = move |_| {
        // Only this section is on screen (not "show the whole plan"), so the print
        // stylesheet prints it alone; see style/sections/decision.css.
        state.nav.print_all.set(false);
        request_animation_frame(|| {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        });
    };
    view! {
        <div class="hp-button-row hp-decision-actions" role="group" aria-label=move || t().actions_label>
            <button type="button" class="hp-button" on:click=print>{move || t().print}</button>
            <button type="button" class="hp-button" on:click=move |_| download(state)>
                {move || t().download}
            </button>
        </div>
    }
}

/// Downloads the summary as `<plan title>-afgoerelse-<date>.json`.
pub fn download(state: EditorState) {
    let t = state.host.lang.get_untracked().decision();
    let summary = current_summary(state, false);
    let exercise = state.plan.with_untracked(|p| p.exercise);
    let mark = state.host.lang.get_untracked().exercise_mark(exercise);
    let name = file_name(&summary.plan.title, mark, summary.created_on);
    match files::download(&name, &decision::to_json(&summary), "application/json") {
        Ok(()) => state.announce((t.downloaded)(&name)),
        Err(_) => state.announce(t.download_failed),
    }
}

/// "Saras plan" on 2026-03-15 → "saras-plan-afgoerelse-2026-03-15.json": the plan
/// export's name with "afgoerelse" before the date.
/// A workshop plan's starts with `exercise_mark` ("oevelse-…").
pub fn file_name(title: &str, exercise_mark: Option<&str>, date: chrono::NaiveDate) -> String {
    let stem = files::plan_stem(title, exercise_mark);
    format!("{stem}-afgoerelse-{}.json", date.format("%Y-%m-%d"))
}

fn sector_view(state: EditorState, lang: Lang, group: &SectorGroup) -> impl IntoView {
    let name = group
        .label
        .as_ref()
        .map(|l| lang.catalogue_label(l).to_string())
        .unwrap_or_else(|| lang.sector(group.sector).to_string());
    let heading_id = state.dom_id(&format!("decision-{}", group.sector.code()));
    let labelled_by = heading_id.clone();
    let tables = group
        .legal_bases
        .iter()
        .enumerate()
        .map(|(n, basis)| {
            let caption_id = state.dom_id(&format!("decision-{}-{n}", group.sector.code()));
            basis_table(state, lang, basis, caption_id)
        })
        .collect_view();
    view! {
        <section
            class="hp-decision-sector"
            data-sector=group.sector.code()
            aria-labelledby=labelled_by
        >
            <h3 id=heading_id>{name}</h3>
            {tables}
        </section>
    }
}

fn basis_table(
    state: EditorState,
    lang: Lang,
    basis: &BasisGroup,
    caption_id: String,
) -> impl IntoView {
    let t = lang.decision();
    let caption = match (&basis.legal_basis, &basis.label) {
        (Some(b), Some(l)) => format!("{b} \u{2013} {}", lang.catalogue_label(l)),
        (Some(b), None) => b.to_string(),
        (None, _) => t.no_legal_basis.to_string(),
    };
    let rows = basis
        .interventions
        .iter()
        .map(|item| row(state, lang, item))
        .collect_view();
    view! {
        <div class="hp-decision-table-wrap" class:hp-decision-no-basis=basis.legal_basis.is_none()>
            <table class="hp-decision-table">
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_intervention}</th>
                        <th scope="col">{t.col_status}</th>
                        <th scope="col">{t.col_decision}</th>
                        <th scope="col">{t.col_decision_date}</th>
                        <th scope="col">{t.col_period}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn row(state: EditorState, lang: Lang, item: &DecisionItem) -> impl IntoView {
    let t = lang.decision();
    let reasons = (!item.reasons.trim().is_empty()).then(|| {
        view! {
            <span class="hp-decision-reasons">{t.col_reasons} ": " {item.reasons.trim().to_string()}</span>
        }
    });
    let complaint = state.host.catalogue.with_untracked(|c| {
        item.complaint_route
            .as_deref()
            .and_then(|code| c.complaint_route_by_code(code))
            .map(|r| lang.catalogue_label(&r.body).to_string())
    });
    let complaint = complaint.unwrap_or_else(|| t.route_see_letter.to_string());
    let id = item.id;
    let title = if item.title.trim().is_empty() {
        t.untitled.to_string()
    } else {
        item.title.clone()
    };
    let responsible = {
        let mut parts = Vec::new();
        if !item.responsible_authority.trim().is_empty() {
            parts.push(item.responsible_authority.trim().to_string());
        }
        if let Some(p) = item
            .responsible_person
            .as_ref()
            .filter(|p| !p.name.trim().is_empty())
        {
            parts.push(p.name.trim().to_string());
        }
        (!parts.is_empty()).then(|| {
            view! {
                <span class="hp-decision-responsible">
                    {t.responsible} ": " {parts.join(", ")}
                </span>
            }
        })
    };
    let date = item
        .decision_date
        .map(|d| lang.format_date(d))
        .unwrap_or_else(|| t.no_date.to_string());
    let period = match (item.start, item.end) {
        (Some(a), Some(b)) => (t.from_until)(&lang.format_date(a), &lang.format_date(b)),
        (Some(a), None) => (t.from)(&lang.format_date(a)),
        (None, Some(b)) => (t.until)(&lang.format_date(b)),
        (None, None) => t.no_period.to_string(),
    };
    view! {
        <tr data-decision=option_value(&item.decision_status)>
            <th scope="row" data-label=t.col_intervention>
                <button
                    type="button"
                    class="hp-link-button"
                    on:click=move |_| state.open_item(ItemRef::Intervention(id))
                >
                    {title}
                </button>
                {responsible}
                <span class="hp-decision-responsible hp-decision-route-of">
                    {t.col_complaint} ": " {complaint}
                </span>
                {reasons}
            </th>
            <td data-label=t.col_status>{lang.intervention_status(item.status)}</td>
            <td data-label=t.col_decision class="hp-decision-status">{lang.decision_status(item.decision_status)}</td>
            <td data-label=t.col_decision_date>{date}</td>
            <td data-label=t.col_period>{period}</td>
        </tr>
    }
}

/// "Sådan klager du": the decisions grouped by where a complaint about them goes (from
/// the catalogue), saying honestly when that is more than one place, then the general
/// guide: the host's text, or the editor's in the current language. The guide's
/// paragraphs are split at blank lines; single line breaks are kept (CSS `pre-line`).
#[component]
fn Complaint(summary: Memo<DecisionSummary>) -> impl IntoView {
    let state = use_editor();
    let heading_id = state.dom_id("decision-complaint");
    let labelled_by = heading_id.clone();
    let t = move || state.host.lang.get().decision();
    let routes = move || {
        let lang = state.host.lang.get();
        summary.with(|s| routes_view(lang, s))
    };
    let paragraphs = move || {
        let lang = state.host.lang.get();
        let (source, text) = summary.with(|s| {
            (
                s.complaint_route.source,
                s.complaint_route.text.replace("\r\n", "\n"),
            )
        });
        let text = match source {
            ComplaintSource::Host => text,
            ComplaintSource::Default => lang.decision().complaint_default.to_string(),
        };
        text.split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .enumerate()
            .map(|(n, p)| {
                let note = n == 0 && source == ComplaintSource::Default;
                view! { <p class:hp-decision-complaint-note=note>{p.to_string()}</p> }
            })
            .collect_view()
    };
    view! {
        <aside
            class="hp-decision-complaint"
            data-source=move || summary.with(|s| match s.complaint_route.source {
                ComplaintSource::Host => "host",
                ComplaintSource::Default => "default",
            })
            aria-labelledby=labelled_by
        >
            <h3 id=heading_id>{move || t().complaint_heading}</h3>
            {routes}
            <h4>{move || t().general_guide_heading}</h4>
            <div class="hp-decision-complaint-text">{paragraphs}</div>
        </aside>
    }
}

/// One block per complaint route, with the decisions it covers.
fn routes_view(lang: Lang, s: &DecisionSummary) -> impl IntoView {
    let t = lang.decision();
    let groups = &s.complaint_routes;
    let lead = match groups.as_slice() {
        [] => None,
        [only] if only.route.is_none() => None,
        [_] => Some(t.routes_one.to_string()),
        many => Some((t.routes_several)(many.len())),
    };
    let blocks = groups
        .iter()
        .map(|group| {
            let titles = group
                .interventions
                .iter()
                .map(|i| {
                    if i.title.trim().is_empty() {
                        t.untitled.to_string()
                    } else {
                        i.title.trim().to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join(", ");
            let (code, heading, how, note) = match &group.route {
                Some(r) => (
                    r.code.clone(),
                    (t.route_heading)(lang.catalogue_label(&r.body)),
                    (t.route_how)(r.deadline_weeks, r.via_authority),
                    r.note.as_ref().map(|n| lang.catalogue_label(n).to_string()),
                ),
                None => (
                    "unknown".to_string(),
                    t.route_unknown_heading.to_string(),
                    t.route_unknown.to_string(),
                    None,
                ),
            };
            view! {
                <section class="hp-decision-route" data-route=code>
                    <h4>{heading}</h4>
                    <p>{how}</p>
                    {note.map(|n| view! { <p>{n}</p> })}
                    <p class="hp-decision-route-applies">{(t.route_applies)(&titles)}</p>
                </section>
            }
        })
        .collect_view();
    view! {
        {lead.map(|l| view! { <p class="hp-decision-routes-lead">{l}</p> })}
        {blocks}
    }
}
