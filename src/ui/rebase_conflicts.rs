//! After a save found a newer plan on the server and this device's edits were laid onto it
//! (`model::rebase`): the edits that did not fit, each said in words with its text at
//! hand to copy, and only then, as the last resort, the whole-plan choice.

use leptos::prelude::*;

use super::browser::files::copy_text;
use super::state::EditorState;
use crate::model::rebase::{Conflict, Why};

/// The list of changes that did not fit. `keep_whole_mine` and `export_whole_mine` act on
/// the plan as it was here before the merge; `dismiss` closes the list.
#[component]
pub fn RebaseConflicts(
    state: EditorState,
    conflicts: Vec<Conflict>,
    keep_whole_mine: Callback<()>,
    export_whole_mine: Callback<()>,
    dismiss: Callback<()>,
) -> impl IntoView {
    let t = move || state.host.lang.get().sync();
    let items = conflicts
        .into_iter()
        .enumerate()
        .map(|(i, conflict)| view! { <ConflictItem state=state conflict=conflict index=i /> })
        .collect_view();
    view! {
        <section class="hp-embed-conflict" aria-labelledby=state.dom_id("rebase-heading")>
            <h2 id=state.dom_id("rebase-heading") tabindex="-1">{move || t().rebase_heading}</h2>
            <p>{move || t().rebase_text}</p>
            <ul class="hp-rebase-list">{items}</ul>
            <div class="hp-embed-actions">
                <button type="button" class="hp-button hp-button-primary" on:click=move |_| dismiss.run(())>
                    {move || t().dismiss}
                </button>
            </div>
            <p>{move || t().rebase_last_resort}</p>
            <div class="hp-embed-actions">
                <button type="button" class="hp-button" on:click=move |_| keep_whole_mine.run(())>
                    {move || t().keep_whole_mine}
                </button>
                <button type="button" class="hp-button" on:click=move |_| export_whole_mine.run(())>
                    {move || t().export_whole_mine}
                </button>
            </div>
        </section>
    }
}

#[component]
fn ConflictItem(state: EditorState, conflict: Conflict, index: usize) -> impl IntoView {
    let lang = move || state.host.lang.get();
    let words = {
        let conflict = conflict.clone();
        move || lang().rebase_conflict(&conflict, state.host.voice())
    };
    let theirs = match &conflict.why {
        Why::TheirTextReplaced { theirs } => Some(theirs.clone()),
        Why::Refused(_) => None,
    };
    // Their text is what is missing from the plan when the user's replaced it.
    let is_theirs = theirs.is_some();
    let text = theirs.or_else(|| conflict.text.clone());
    let label = move || {
        let t = lang().sync();
        if is_theirs {
            t.their_text
        } else {
            t.your_text
        }
    };
    let id = state.dom_id(&format!("rebase-text-{index}"));
    view! {
        <li>
            <p>{words}</p>
            {text.map(|text| {
                let copied = text.clone();
                view! {
                    <label for=id.clone()>{label}</label>
                    <textarea id=id class="hp-rebase-text" readonly rows="3" prop:value=text></textarea>
                    <button type="button" class="hp-button" on:click=move |_| {
                        let text = copied.clone();
                        leptos::task::spawn_local(async move {
                            let sync = state.host.lang.get_untracked().sync();
                            let ok = copy_text(&text).await.is_ok();
                            state.announce(if ok { sync.copied } else { sync.copy_failed });
                        });
                    }>
                        {move || lang().sync().copy_text}
                    </button>
                }
            })}
        </li>
    }
}
