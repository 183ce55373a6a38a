//! Approval: the citizen and a caseworker each approve; then the version is locked and
//! dated, and "start a new version" continues from it.

use leptos::prelude::*;

use super::section::SectionFrame;
use super::state::{use_editor, Section};
use crate::model::plan::same_name;
use crate::model::{AgreementStatus, ApprovalRole, Edit, Plan, Role};

#[component]
pub fn ApprovalSection() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().approval();
    let version = Memo::new(move |_| state.plan.with(|p| p.version));
    let locked_at = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.locked.then_some(p.locked_at).flatten())
    });
    let locked = Memo::new(move |_| state.plan.with(|p| p.locked));
    let agreement = Memo::new(move |_| state.plan.with(agreement_counts));
    let earlier = Memo::new(move |_| state.plan.with(|p| p.earlier_versions.clone()));

    let start_new_version = move |_| {
        if state.edit(Edit::StartNewVersion).is_ok() {
            let v = state.plan.with_untracked(|p| p.version);
            state.announce((lang().approval().started_new_version)(v));
        }
    };

    view! {
        <SectionFrame section=Section::Approval intro=Signal::derive(move || Some(t().intro.to(state.host.voice())))>
            <h3 class="hp-subheading">{move || (t().version_heading)(version.get())}</h3>
            <Show
                when=move || locked.get()
                fallback=move || view! {
                    <div class="hp-approval-summary" role="group" aria-label=move || t().before_approving>
                        <h4 class="hp-subheading">{move || t().before_approving}</h4>
                        <ul>
                            {move || {
                                let (disagree, not_asked) = agreement.get();
                                let voice = state.host.voice();
                                let mut lines = Vec::new();
                                if disagree > 0 { lines.push(format!("⚠ {}", (t().disagreements.to(voice))(disagree))); }
                                if not_asked > 0 { lines.push((t().not_asked.to(voice))(not_asked)); }
                                if lines.is_empty() { lines.push(format!("✓ {}", t().all_agreed.to(voice))); }
                                lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()
                            }}
                            <li>{move || t().changes_withdraw}</li>
                        </ul>
                    </div>
                    <div class="hp-approvals">
                        <ApprovalBox as_role=ApprovalRole::Citizen />
                        <ApprovalBox as_role=ApprovalRole::Caseworker />
                    </div>
                    <CustodyApprovals />
                }
            >
                <div class="hp-locked" role="status">
                    <p class="hp-locked-heading">
                        <span aria-hidden="true">"🔒 "</span>
                        <strong>{move || (t().locked_heading)(version.get())}</strong>
                    </p>
                    <p>{move || (t().locked_text)(&locked_at.get().map(|at| lang().format_instant(at)).unwrap_or_default())}</p>
                    <ul class="hp-approval-list">
                        {move || state.plan.with(|p| p.approvals.clone()).into_iter().map(|a| {
                            let lang = lang();
                            view! { <li>"✓ "{(lang.approval().approved_by)(&lang.actor_name(&a.by), &lang.format_instant(a.at))}</li> }
                        }).collect_view()}
                    </ul>
                    <Show when=move || !state.host.read_only.get()>
                        <button type="button" class="hp-button hp-button-primary" on:click=start_new_version>
                            {move || t().start_new_version}
                        </button>
                    </Show>
                </div>
            </Show>
            <Show when=move || !earlier.with(Vec::is_empty)>
                <h4 class="hp-subheading">{move || t().earlier_versions}</h4>
                <ul class="hp-version-list">
                    {move || earlier.get().into_iter().map(|record| {
                        let lang = lang();
                        let when = record.locked_at.map(|at| lang.format_instant(at)).unwrap_or_default();
                        view! { <li>{(lang.approval().earlier_version_line)(record.version, &when)}</li> }
                    }).collect_view()}
                </ul>
            </Show>
        </SectionFrame>
    }
}

/// One party's approval: who approved and when, or the button to approve.
#[component]
fn ApprovalBox(as_role: ApprovalRole) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let t = move || lang().approval();
    let approval = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.approvals.iter().find(|a| a.as_role == as_role).cloned())
    });
    let allowed = Memo::new(move |_| {
        state.host.actor.with(|a| match as_role {
            ApprovalRole::Citizen | ApprovalRole::CustodyHolder => a.role == Role::Citizen,
            ApprovalRole::Caseworker => a.role == Role::Caseworker,
        })
    });
    let hint_id = state.dom_id(&format!("approve-{}-hint", role_key(as_role)));
    let heading = move || match as_role {
        ApprovalRole::Citizen | ApprovalRole::CustodyHolder => lang().role(Role::Citizen),
        ApprovalRole::Caseworker => lang().role(Role::Caseworker),
    };
    let approve = move |_| {
        if state.edit(Edit::Approve { as_role }).is_ok() {
            state.announce(t().approved_announcement);
        }
    };
    let revoke = move |_| {
        let _ = state.edit(Edit::RevokeApproval { as_role });
    };

    view! {
        <div class="hp-approval-box" data-approved=move || approval.with(Option::is_some).to_string()>
            <h4 class="hp-subheading">{heading}</h4>
            {move || match approval.get() {
                Some(a) => {
                    let lang = lang();
                    view! {
                        <p class="hp-approved">
                            <span aria-hidden="true">"✓ "</span>
                            {(lang.approval().approved_by)(&lang.actor_name(&a.by), &lang.format_instant(a.at))}
                        </p>
                        <Show when=move || allowed.get() && !state.host.read_only.get()>
                            <button type="button" class="hp-button" on:click=revoke>{move || t().revoke}</button>
                        </Show>
                    }.into_any()
                }
                None => {
                    let hint = StoredValue::new(hint_id.clone());
                    view! {
                    <p>{move || match as_role {
                        ApprovalRole::Citizen | ApprovalRole::CustodyHolder => t().not_yet_by_citizen.to(state.host.voice()),
                        ApprovalRole::Caseworker => t().not_yet_by_caseworker,
                    }}</p>
                    <Show when=move || !state.host.read_only.get()>
                    <button
                        type="button"
                        class="hp-button hp-button-primary"
                        disabled=move || !allowed.get()
                        aria-describedby=move || (!allowed.get()).then(|| hint.get_value())
                        on:click=approve
                    >
                        {move || match as_role {
                            ApprovalRole::Citizen | ApprovalRole::CustodyHolder => t().approve_as_citizen,
                            ApprovalRole::Caseworker => t().approve_as_caseworker,
                        }}
                    </button>
                    <Show when=move || !allowed.get()>
                        <p id=move || hint.get_value() class="hp-hint">{move || match as_role {
                            ApprovalRole::Citizen | ApprovalRole::CustodyHolder => t().only_citizen_hint,
                            ApprovalRole::Caseworker => t().only_caseworker_hint,
                        }}</p>
                    </Show>
                    </Show>
                }.into_any()
                }
            }}
        </div>
    }
}

fn role_key(role: ApprovalRole) -> &'static str {
    match role {
        ApprovalRole::Citizen => "citizen",
        ApprovalRole::Caseworker => "caseworker",
        ApprovalRole::CustodyHolder => "custody-holder",
    }
}

/// For a child's plan: each holder of custody listed among the people approves too, by
/// name (written as the citizen's side, under that name). The version locks when all have.
#[component]
fn CustodyApprovals() -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let r = move || lang().representation();
    let holders = Memo::new(move |_| {
        state.plan.with(|p| {
            p.custody_holders()
                .map(|h| {
                    let approval = p
                        .approvals
                        .iter()
                        .find(|a| {
                            a.as_role == ApprovalRole::CustodyHolder
                                && same_name(&a.by.name, &h.name)
                        })
                        .cloned();
                    (h.name.clone(), approval)
                })
                .collect::<Vec<_>>()
        })
    });
    let hint_id = state.dom_id("approve-custody-hint");
    view! {
        <Show when=move || !holders.with(Vec::is_empty)>
            <div class="hp-approval-box" role="group" aria-label=move || r().custody_approval_heading>
                <h4 class="hp-subheading">{move || r().custody_approval_heading}</h4>
                <p>{move || (r().custody_approval_needed)(holders.with(Vec::len))}</p>
                <ul class="hp-approval-list">
                    {
                        let hint_id = hint_id.clone();
                        move || holders.get().into_iter().map(|(name, approval)| {
                            let lang = lang();
                            match approval {
                                Some(a) => view! {
                                    <li>"✓ "{(lang.representation().custody_approved)(&name, &lang.format_instant(a.at))}</li>
                                }.into_any(),
                                None => {
                                    let allowed = state.host.actor.with(|a| {
                                        a.role == Role::Citizen && same_name(&a.name, &name)
                                    });
                                    let hint = hint_id.clone();
                                    view! {
                                        <li>
                                            <button
                                                type="button"
                                                class="hp-button"
                                                disabled=!allowed || state.host.read_only.get()
                                                aria-describedby=(!allowed).then_some(hint)
                                                on:click=move |_| {
                                                    if state.edit(Edit::Approve { as_role: ApprovalRole::CustodyHolder }).is_ok() {
                                                        state.announce(lang.approval().approved_announcement);
                                                    }
                                                }
                                            >
                                                {(lang.representation().custody_approve)(&name)}
                                            </button>
                                        </li>
                                    }.into_any()
                                }
                            }
                        }).collect_view()
                    }
                </ul>
                <p id=hint_id.clone() class="hp-hint">{move || r().custody_approve_hint}</p>
            </div>
        </Show>
    }
}

/// How many goals and interventions the citizen disagrees with, and has not been asked about.
fn agreement_counts(plan: &Plan) -> (usize, usize) {
    let statuses = plan.goals.iter().map(|g| g.citizen_agreement.status).chain(
        plan.interventions
            .iter()
            .map(|i| i.citizen_agreement.status),
    );
    statuses.fold((0, 0), |(d, n), s| match s {
        AgreementStatus::Disagrees => (d + 1, n),
        AgreementStatus::NotAsked => (d, n + 1),
        AgreementStatus::Agrees => (d, n),
    })
}
