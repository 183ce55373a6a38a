//! `Plan::is_blank`: whether nobody has written anything yet. The editor then loads a
//! file without asking first and opens on "About me"; autosave does not announce taking
//! another editor's plan.
// Native only: the shared fixtures come with proptest strategies.
#![cfg(not(target_arch = "wasm32"))]

mod model_support;

use helhedsplan::model::*;
use model_support::fixtures::*;

#[test]
fn a_new_plan_is_blank_also_with_a_title_of_spaces() {
    assert!(Plan::new("").is_blank());
    assert!(Plan::new("  \n").is_blank());
}

#[test]
fn a_title_or_any_words_of_the_citizen_make_a_plan_not_blank() {
    assert!(!Plan::new("Min plan").is_blank());
    let fields: [fn(&mut OwnWords) -> &mut String; 3] = [
        |w| &mut w.dreams,
        |w| &mut w.resources,
        |w| &mut w.situation,
    ];
    for field in fields {
        let mut plan = Plan::new("");
        *field(&mut plan.citizen.own_words) = "At bo for mig selv".into();
        assert!(!plan.is_blank());
        *field(&mut plan.citizen.own_words) = " ".into();
        assert!(plan.is_blank(), "only spaces are still blank");
    }
}

#[test]
fn a_plan_with_items_is_not_blank_even_without_a_title() {
    let (mette, _) = mette_plan();
    let mut plan = mette.clone();
    plan.title.clear();
    plan.citizen.own_words = OwnWords::default();
    assert!(!plan.is_blank());
    // Each kind of item alone is enough.
    let kinds: [fn(&mut Plan); 5] = [
        |p| p.goals.clear(),
        |p| p.interventions.clear(),
        |p| p.people.clear(),
        |p| p.consents.clear(),
        |p| p.follow_ups.clear(),
    ];
    for keep in 0..kinds.len() {
        let mut only = plan.clone();
        for (i, clear) in kinds.iter().enumerate() {
            if i != keep {
                clear(&mut only);
            }
        }
        assert!(!only.is_blank(), "kind {keep} alone");
    }
}
