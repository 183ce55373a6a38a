//! "Del med …": choose a party, see what the consents let it see and what is left out,
//! and download the plan for it.
//!
//! The content is [`crate::model::share::for_party`] (the same rules as `plan-tool
//! share` and the element's `exportFor`); this view words it. The party list is
//! [`crate::model::share::parties`]. Choosing a party changes nothing in the plan, so it
//! works on a locked version too.

use leptos::prelude::*;

use super::browser::{files, today};
use super::section::SectionFrame;
use super::state::{use_editor, EditorState, Section};
use crate::format;
use crate::model::share::{self, LeftOut, LeftOutKind, Shared, Why};

#[component]
pub fn ShareSection() -> impl IntoView {
    let state = use_editor();
    let t = move || state.host.lang.get().share();
    let parties = Memo::new(move |_| state.plan.with(share::parties));
    let party = RwSignal::new(String::new());
    // A party that left the plan (renamed, removed) is no longer chosen.
    Effect::new(move |_| {
        let list = parties.get();
        if !party.with_untracked(|p| p.is_empty() || list.contains(p)) {
            party.set(String::new());
        }
    });
    let shared = Memo::new(move |_| {
        let party = party.get();
        (!party.is_empty()).then(|| shared_for(state, &party, true))
    });
    let select_id = state.dom_id("share-party");
    let hint_id = state.dom_id("share-party-hint");

    view! {
        <SectionFrame section=Section::Share intro=Signal::derive(move || Some(t().intro.to(state.host.voice())))>
            <div class="hp-share">
                <Show
                    when=move || parties.with(|p| !p.is_empty())
                    fallback=move || view! { <p>{move || t().no_parties}</p> }
                >
                    <div class="hp-field">
                        <label for=select_id.clone()>{move || t().party_label}</label>
                        <p class="hp-hint" id=hint_id.clone()>{move || t().party_hint}</p>
                        <select
                            id=select_id.clone()
                            class="hp-select"
                            aria-describedby=hint_id.clone()
                            on:change=move |ev| party.set(event_target_value(&ev))
                            prop:value=move || party.get()
                        >
                            <option value="">{move || t().choose}</option>
                            {move || {
                                parties
                                    .get()
                                    .into_iter()
                                    .map(|p| view! { <option value=p.clone()>{p.clone()}</option> })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                </Show>
                {move || {
                    shared
                        .get()
                        .map(|shared| {
                            let voice = state.host.voice();
                            view! { <Preview party=party.get() shared=shared voice=voice /> }
                        })
                }}
                <p class="hp-hint hp-share-note">{move || t().host_note}</p>
            </div>
        </SectionFrame>
    }
}

/// The plan as `party` may see it today, with the editor's catalogue.
fn shared_for(state: EditorState, party: &str, tracked: bool) -> Shared {
    state.with_plan_and_catalogue(tracked, |plan, catalogue| {
        share::for_party(plan, catalogue, party, today())
    })
}

/// What the party gets, what it does not, and the download.
#[component]
fn Preview(party: String, shared: Shared, voice: crate::i18n::Voice) -> impl IntoView {
    let state = use_editor();
    let lang = state.host.lang.get_untracked();
    let t = lang.share();
    let status = if shared.consented {
        (t.consented)(&party)
    } else {
        (t.not_consented.to(voice))(&party)
    };
    let health_line = if shared.health {
        t.health_yes
    } else {
        t.health_no
    };
    let health = shared.consented.then_some(health_line);
    let heading_id = state.dom_id("share-left-out");
    // Ratings and comments that go with a left-out goal or intervention are counted in
    // one line each; everything else is listed by name.
    let follows = |l: &&LeftOut| {
        l.why == Why::FollowsLeftOut && matches!(l.what, LeftOutKind::Rating | LeftOutKind::Comment)
    };
    let named = shared.left_out.iter().filter(|l| !follows(l)).map(|l| {
        let title = (!l.title.is_empty()).then(|| format!(": {}", l.title));
        view! {
            <li data-what=crate::model::serde_code(&l.what) data-why=crate::model::serde_code(&l.why)>
                <strong>{(t.kind)(l.what)}</strong>
                {title}
                " "
                <span class="hp-share-why">"(" {(t.why)(l.why)} ")"</span>
            </li>
        }
    });
    let counted = [LeftOutKind::Rating, LeftOutKind::Comment].into_iter().filter_map(|kind| {
        let n = shared.left_out.iter().filter(follows).filter(|l| l.what == kind).count();
        (n > 0).then(|| {
            view! {
                <li data-what=crate::model::serde_code(&kind) data-why="follows_left_out" data-count=n>
                    <strong>{(t.counted)(kind, n)}</strong>
                    " "
                    <span class="hp-share-why">"(" {(t.why)(Why::FollowsLeftOut)} ")"</span>
                </li>
            }
        })
    });
    let items = named.collect_view();
    let counted = counted.collect_view();
    let count = shared.left_out.len();
    let download_party = party.clone();
    view! {
        <div class="hp-share-preview" data-consented=shared.consented.to_string()>
            <p class="hp-share-status" role="status">{status}</p>
            {health.map(|h| view! { <p class="hp-share-health">{h}</p> })}
            <h3 id=heading_id.clone()>{(t.left_out_heading)(&party, count)}</h3>
            {if count == 0 {
                view! { <p>{t.nothing_left_out}</p> }.into_any()
            } else {
                view! { <ul class="hp-share-left-out" aria-labelledby=heading_id>{items}{counted}</ul> }.into_any()
            }}
            <div class="hp-button-row">
                <button
                    type="button"
                    class="hp-button"
                    on:click=move |_| download(state, &download_party)
                >
                    {(t.download)(&party)}
                </button>
                {(!shared.consented).then(|| view! {
                    <button
                        type="button"
                        class="hp-link-button"
                        on:click=move |_| state.show_section(Section::Consents)
                    >
                        {t.go_to_consents}
                    </button>
                })}
            </div>
        </div>
    }
}

/// Downloads the party's document as `<plan>-til-<party>-<date>.json`.
fn download(state: EditorState, party: &str) {
    let t = state.host.lang.get_untracked().share();
    let shared = shared_for(state, party, false);
    let date = today();
    let (title, exercise) = state.plan.with_untracked(|p| (p.title.clone(), p.exercise));
    let mark = state.host.lang.get_untracked().exercise_mark(exercise);
    let name = file_name(&title, mark, party, date);
    match files::download(
        &name,
        &format::share::to_json(&shared, party, date),
        "application/json",
    ) {
        Ok(()) => state.announce((t.downloaded)(&name)),
        Err(_) => state.announce(t.download_failed),
    }
}

/// "Saras plan", "Jobcenter Holmstrup" → "saras-plan-til-jobcenter-holmstrup-2026-03-15.json".
/// A workshop plan's starts with `exercise_mark` ("oevelse-…").
pub fn file_name(
    title: &str,
    exercise_mark: Option<&str>,
    party: &str,
    date: chrono::NaiveDate,
) -> String {
    let stem = files::plan_stem(title, exercise_mark);
    let party = match files::slug(party) {
        slug if slug.is_empty() => "part".to_string(),
        slug => slug,
    };
    format!("{stem}-til-{party}-{}.json", date.format("%Y-%m-%d"))
}
