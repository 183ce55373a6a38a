//! What merging another device's changes did, told to the people affected, near the top
//! of the editor: a value of theirs that lost to one written at the same moment elsewhere
//! (with "Brug min værdi" to put it back, as an ordinary edit they can undo), and what the
//! repair pass mended. Plain data from `model::merge_notice`, fed through
//! [`EditorState::tell_merge`]; like the rebase list ([`super::rebase_conflicts`]) each
//! entry is said in words and closed by the user.

use leptos::prelude::*;

use super::browser::focus_by_id;
use super::state::{use_editor, EditorState};
use crate::model::merge_notice::MergeNotice;
use crate::model::Edit;

/// The list of merge notices: a polite live region, so a notice that arrives while the
/// user works is read out without taking focus.
#[component]
pub fn CollabNotices() -> impl IntoView {
    let state = use_editor();
    let notices = state.status.merge_notices;
    let heading_id = state.dom_id("merge-heading");
    view! {
        <div class="hp-merge-notices" aria-live="polite">
            {move || {
                let shown = notices.get();
                (!shown.is_empty()).then(|| {
                    let items = shown
                        .into_iter()
                        .enumerate()
                        .map(|(index, notice)| view! { <NoticeItem state=state notice=notice index=index /> })
                        .collect_view();
                    view! {
                        <section class="hp-notice" aria-labelledby=heading_id.clone()>
                            <h2 id=heading_id.clone() tabindex="-1">
                                {move || state.host.lang.get().merge().heading}
                            </h2>
                            <ul class="hp-merge-list">{items}</ul>
                        </section>
                    }
                })
            }}
        </div>
    }
}

#[component]
fn NoticeItem(state: EditorState, notice: MergeNotice, index: usize) -> impl IntoView {
    let lang = move || state.host.lang.get();
    let text_id = state.dom_id(&format!("merge-{index}-text"));
    let words = {
        let notice = notice.clone();
        move || {
            let lang = lang();
            state.plan.with(|plan| match &notice {
                MergeNotice::Lost(lost) => lang.lost_value(plan, lost),
                MergeNotice::Repaired(repair) => lang.repaired(plan, repair),
            })
        }
    };
    let use_mine = match &notice {
        MergeNotice::Lost(lost) => Some(lost.clone()),
        MergeNotice::Repaired(_) => None,
    };
    let close = {
        let notice = notice.clone();
        move |_| remove(state, &notice, index)
    };
    view! {
        <li>
            <p id=text_id.clone() tabindex="-1">{words}</p>
            <div class="hp-merge-actions">
                {use_mine.map(|lost| {
                    let notice = notice.clone();
                    view! {
                        <button
                            type="button"
                            class="hp-button hp-button-primary"
                            id=state.dom_id(&format!("merge-{index}-first"))
                            aria-describedby=text_id.clone()
                            on:click=move |_| {
                                let edit = Edit::SetField {
                                    item: lost.item,
                                    field: lost.field.clone(),
                                    value: lost.mine.clone(),
                                };
                                // A refusal is announced by `edit`; the notice stays.
                                if state.edit(edit).is_ok() {
                                    remove(state, &notice, index);
                                    state.announce(state.host.lang.get_untracked().merge().used_mine);
                                }
                            }
                        >
                            {move || lang().merge().use_mine}
                        </button>
                    }
                })}
                <button type="button" class="hp-button" aria-describedby=text_id on:click=close>
                    {move || lang().merge().dismiss}
                </button>
            </div>
        </li>
    }
}

/// Removes one notice and moves focus on: to the notice now at its place, else the
/// list's heading, else the section on screen (the list is gone).
fn remove(state: EditorState, notice: &MergeNotice, index: usize) {
    let mut left = 0;
    state.status.merge_notices.update(|shown| {
        if let Some(at) = shown.iter().position(|n| n == notice) {
            shown.remove(at);
        }
        left = shown.len();
    });
    let target = if left == 0 {
        state.dom_id(&format!(
            "{}-heading",
            state.nav.section.get_untracked().key()
        ))
    } else {
        let next = index.min(left.saturating_sub(1));
        state.dom_id(&format!("merge-{next}-text"))
    };
    request_animation_frame(move || focus_by_id(&target));
}
