//! The coherence panel (sammenhæng): advisory findings, counted per rule, each linking
//! to its items. Findings never block editing; hard errors are `validate`'s business.

use leptos::prelude::*;

use super::browser::focus_by_id;
use super::section::SectionFrame;
use super::state::{use_editor, Section};
use crate::i18n::{Lang, Voice};
use crate::model::coherence::{Detail, Finding, Rule};
use crate::model::{Catalogue, DecisionStatus, ItemRef, Plan, Similarity};

/// Findings shown per rule before "show more": long plans can have hundreds.
const PAGE: usize = 20;

#[component]
pub fn CoherenceSection() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().coherence();
    let counts = Memo::new(move |_| {
        state.findings.with(|findings| {
            Rule::ALL
                .iter()
                .map(|rule| (*rule, findings.iter().filter(|f| f.rule == *rule).count()))
                .filter(|(_, n)| *n > 0)
                .collect::<Vec<_>>()
        })
    });
    let total = Memo::new(move |_| state.findings.with(Vec::len));
    let counts_heading = state.dom_id("coherence-counts");
    let counts_label = counts_heading.clone();
    view! {
        <SectionFrame section=Section::Coherence intro=Signal::derive(move || Some(t().intro))>
            <div class="hp-coherence">
                <Show
                    when=move || total.get() != 0
                    fallback=move || view! { <p class="hp-coherence-none">{t().none}</p> }
                >
                    <nav class="hp-coherence-counts" aria-labelledby=counts_label.clone()>
                        <h3 id=counts_heading.clone()>
                            {move || t().counts_label} ": " {move || (t().total)(total.get())}
                        </h3>
                        <ul>
                            <For each=move || counts.get() key=|(rule, n)| (*rule, *n) let:entry>
                                <CountLink rule=entry.0 count=entry.1 />
                            </For>
                        </ul>
                    </nav>
                    <For each=move || counts.get() key=|(rule, _)| *rule let:entry>
                        <RuleGroup rule=entry.0 />
                    </For>
                </Show>
            </div>
        </SectionFrame>
    }
}

fn group_id(rule: Rule) -> String {
    format!("coherence-{}", rule.code().replace('_', "-"))
}

/// "Mål uden indsats: 2", moving focus to that group.
#[component]
fn CountLink(rule: Rule, count: usize) -> impl IntoView {
    let state = use_editor();
    let target = state.dom_id(&group_id(rule));
    view! {
        <li>
            <button
                type="button"
                class="hp-link-button"
                on:click=move |_| focus_by_id(&target)
            >
                {move || state.host.lang.get().coherence().rule(rule).0} ": " {count}
            </button>
        </li>
    }
}

/// One rule's findings: heading with count, why it matters, the findings.
#[component]
fn RuleGroup(rule: Rule) -> impl IntoView {
    let state = use_editor();
    let limit = RwSignal::new(PAGE);
    let mine = Memo::new(move |_| {
        state.findings.with(|findings| {
            findings
                .iter()
                .filter(|f| f.rule == rule)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let heading_id = state.dom_id(&group_id(rule));
    let labelled_by = heading_id.clone();
    let t = move || state.host.lang.get().coherence();
    let hidden = move || mine.with(Vec::len).saturating_sub(limit.get());
    view! {
        <section class="hp-coherence-group" data-rule=rule.code() aria-labelledby=labelled_by>
            <h3 id=heading_id tabindex="-1">
                {move || t().rule(rule).0} " (" {move || mine.with(Vec::len)} ")"
            </h3>
            <p class="hp-hint">{move || t().rule(rule).1}</p>
            <ul class="hp-findings">
                {move || {
                    let lang = state.host.lang.get();
                    let shown = limit.get();
                    state.host.catalogue.with(|catalogue| {
                        state.plan.with_untracked(|plan| {
                            mine.with(|findings| {
                                findings
                                    .iter()
                                    .take(shown)
                                    .map(|finding| finding_view(lang, plan, catalogue, finding))
                                    .collect_view()
                            })
                        })
                    })
                }}
            </ul>
            <Show when=move || hidden() != 0>
                <button
                    type="button"
                    class="hp-button"
                    on:click=move |_| limit.update(|l| *l += PAGE)
                >
                    {move || (t().show_more)(hidden().min(PAGE))}
                </button>
            </Show>
        </section>
    }
}

fn finding_view(
    lang: Lang,
    plan: &Plan,
    catalogue: &Catalogue,
    finding: &Finding,
) -> impl IntoView {
    let state = use_editor();
    let t = lang.coherence();
    let sentence = sentence(lang, state.host.voice(), plan, catalogue, finding);
    let note = match &finding.detail {
        Detail::Parties { health: true, .. } => Some(t.health_note),
        _ => None,
    };
    let links = finding
        .items
        .iter()
        .zip(&finding.titles)
        .map(|(item, title)| {
            let item = *item;
            let text = match item {
                ItemRef::FollowUp(_) => t.open_follow_up.to_string(),
                _ if title.trim().is_empty() => (t.open_item)(t.untitled),
                _ => (t.open_item)(title),
            };
            view! {
                <button
                    type="button"
                    class="hp-link-button"
                    on:click=move |_| state.open_item(item)
                >
                    {text}
                </button>
            }
        })
        .collect_view();
    view! {
        <li class="hp-finding" data-rule=finding.rule.code()>
            <p>{sentence}</p>
            {note.map(|n| view! { <p class="hp-hint">{n}</p> })}
            <p class="hp-finding-links">{links}</p>
        </li>
    }
}

/// The finding in plain words of `lang`, said to `voice`.
pub fn sentence(
    lang: Lang,
    voice: Voice,
    plan: &Plan,
    catalogue: &Catalogue,
    finding: &Finding,
) -> String {
    let t = lang.coherence();
    let title = |i: usize| {
        finding
            .titles
            .get(i)
            .filter(|s| !s.trim().is_empty())
            .map(String::as_str)
            .unwrap_or(t.untitled)
    };
    let date = |d: &chrono::NaiveDate| lang.format_date(*d);
    let sector = |i: usize| match finding.items.get(i) {
        Some(ItemRef::Intervention(id)) => plan
            .intervention(*id)
            .map(|iv| lang.sector(iv.sector))
            .unwrap_or_default(),
        _ => "",
    };
    let overlap =
        |from: &Option<chrono::NaiveDate>, until: &Option<chrono::NaiveDate>| match (from, until) {
            (Some(f), Some(u)) => (t.overlap_from_until)(&date(f), &date(u)),
            (Some(f), None) => (t.overlap_from)(&date(f)),
            (None, Some(u)) => (t.overlap_until)(&date(u)),
            (None, None) => t.overlap_open.to_string(),
        };
    match (&finding.rule, &finding.detail) {
        (
            Rule::DoubleIntervention,
            Detail::Overlap {
                similarity,
                from,
                until,
            },
        ) => {
            let why = match similarity {
                Similarity::SameKind { kind } => (t.same_kind)(
                    catalogue
                        .intervention_type(kind)
                        .map(|k| lang.catalogue_label(&k.label))
                        .unwrap_or(kind),
                ),
                Similarity::SameLegalBasis { legal_basis } => (t.same_legal_basis)(legal_basis),
                Similarity::Synonym { .. } => t.synonym.to_string(),
                Similarity::SameTitle => t.same_title.to_string(),
                Similarity::SharedWord { word } => (t.shared_word)(word),
            };
            (t.double)(
                title(0),
                sector(0),
                title(1),
                sector(1),
                &why,
                &overlap(from, until),
            )
        }
        (Rule::CoordinateInterventions, Detail::Coordinate { from, until, .. }) => (t.coordinate)(
            title(0),
            sector(0),
            title(1),
            sector(1),
            &overlap(from, until),
        ),
        (Rule::GoalWithoutIntervention, _) => (t.goal_without_intervention)(title(0)),
        (Rule::InterventionWithoutGoal, _) => (t.intervention_without_goal)(title(0)),
        (Rule::NoResponsiblePerson, _) => (t.no_responsible_person)(title(0)),
        (Rule::FollowUpOverdue, Detail::Passed { date: d }) => (t.follow_up_overdue)(&date(d)),
        (Rule::DecisionMissing, Detail::Decision { status, due }) => match (status, due) {
            (DecisionStatus::NotRequested, _) => (t.decision_not_requested)(title(0)),
            (DecisionStatus::Pending, Some(due)) => (t.decision_pending)(title(0), &date(due)),
            _ => (t.decision_other)(title(0)),
        },
        (Rule::EndedButActive, Detail::Passed { date: d }) => {
            (t.ended_but_active)(title(0), &date(d))
        }
        (Rule::PartyWithoutConsent, Detail::Parties { parties, health }) => {
            if parties.is_empty() && *health {
                (t.no_party_health)(title(0))
            } else {
                (t.party_without_consent.to(voice))(title(0), &join(lang, parties))
            }
        }
        (Rule::ActiveSubGoalUnderCancelledGoal, _) => {
            (t.sub_goal_under_cancelled)(title(0), title(1))
        }
        // A detail the rule does not normally carry: the model's own sentence.
        _ => finding.message.clone(),
    }
}

/// "A, B og C" / "A, B and C".
fn join(lang: Lang, parts: &[String]) -> String {
    let and = match lang {
        Lang::Da => " og ",
        Lang::En => " and ",
    };
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(", ")),
    }
}
