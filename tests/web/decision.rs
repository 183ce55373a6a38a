//! Browser tests: the decision view ("Afgørelse"). One row per intervention that needs a
//! decision, grouped by sector and legal basis; the counts line; the host's complaint
//! text (set at mount and changed later) with its line breaks, or the general guide; a
//! title opens the intervention; the empty state; English; and the JSON download is the
//! summary document under `<plan>-afgoerelse-<date>.json`.

use helhedsplan::i18n::Lang;
use helhedsplan::model::{Decision, DecisionStatus, Plan, Sector};
use helhedsplan::platform::{mount_editor, EditorHandle, EditorOptions};
use leptos::prelude::Set;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

use crate::support::*;

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn needing(plan: &Plan) -> Vec<&helhedsplan::model::Intervention> {
    plan.interventions
        .iter()
        .filter(|i| i.decision.needed)
        .collect()
}

async fn on_decision(
    name: &str,
    options: EditorOptions,
    section: &str,
) -> (HtmlElement, EditorHandle) {
    let (el, key) = host(name);
    let handle = mount_editor(
        el.clone(),
        EditorOptions {
            storage_key: Some(key),
            ..options
        },
    );
    tick().await;
    open_section(&el, section).await;
    (el, handle)
}

fn with_plan(plan: Plan) -> EditorOptions {
    EditorOptions {
        initial_plan: Some(plan),
        ..EditorOptions::default()
    }
}

/// Every sample: as many rows as interventions needing a decision, each under its own
/// sector's heading, sectors in the fixed order, and the counts line says the total.
#[wasm_bindgen_test]
async fn rows_and_sector_groups_follow_the_plan() {
    for name in ["mor-med-angst", "familie-med-barn", "ung-efter-psykiatri"] {
        let plan = sample_plan(name);
        let needed = needing(&plan);
        assert!(!needed.is_empty(), "{name}");
        let (el, _handle) =
            on_decision("decision-rows", with_plan(plan.clone()), "Afgørelse").await;
        let heading = text(&one(&el, ".hp-section > h2"));
        assert_eq!(heading, "Afgørelse");
        assert_eq!(
            all(&el, ".hp-decision-table tbody tr").len(),
            needed.len(),
            "{name}"
        );
        let sectors: Vec<String> = all(&el, ".hp-decision-sector")
            .iter()
            .map(|s| s.get_attribute("data-sector").unwrap())
            .collect();
        let expected: Vec<String> = Sector::ALL
            .iter()
            .filter(|s| needed.iter().any(|i| i.sector == **s))
            .map(|s| s.code().to_string())
            .collect();
        assert_eq!(sectors, expected, "{name}");
        for sector in Sector::ALL
            .iter()
            .filter(|s| expected.contains(&s.code().to_string()))
        {
            let group = one(
                &el,
                &format!(".hp-decision-sector[data-sector={}]", sector.code()),
            );
            let mut shown: Vec<String> = all(&group, "tbody th button")
                .iter()
                .map(|b| text(b).trim().to_string())
                .collect();
            let mut want: Vec<String> = needed
                .iter()
                .filter(|i| i.sector == *sector)
                .map(|i| i.title.clone())
                .collect();
            shown.sort();
            want.sort();
            assert_eq!(shown, want, "{name}: {sector:?}");
            let h3 = text(&one(&group, "h3"));
            assert_eq!(h3, Lang::Da.sector(*sector), "{name}");
        }
        let counts = text(&one(&el, ".hp-decision-counts"));
        let total = if needed.len() == 1 {
            "1 indsats kræver afgørelse".to_string()
        } else {
            format!("{} indsatser kræver afgørelse", needed.len())
        };
        assert!(counts.starts_with(&total), "{name}: {counts}");
        el.remove();
    }
}

/// The family sample: two social interventions under one legal basis, one table with two
/// rows; the school support under its own; the counts line per status; dates in Danish.
#[wasm_bindgen_test]
async fn one_table_per_legal_basis_with_status_and_dates() {
    let plan = sample_plan("familie-med-barn");
    let (el, _handle) = on_decision("decision-basis", with_plan(plan.clone()), "Afgørelse").await;
    let social = one(&el, ".hp-decision-sector[data-sector=social]");
    let tables = all(&social, "table");
    assert_eq!(tables.len(), 1);
    assert_eq!(text(&one(&tables[0], "caption")), "Barnets lov § 32");
    assert_eq!(all(&tables[0], "tbody tr").len(), 2);
    let school = one(&el, ".hp-decision-sector[data-sector=education]");
    assert_eq!(text(&one(&school, "caption")), "Folkeskoleloven § 3 a");
    assert_eq!(
        text(&one(&el, ".hp-decision-counts")),
        "3 indsatser kræver afgørelse: 1 bevilget, 1 afventer, 1 ikke søgt"
    );
    // The granted family treatment: its decision, its Danish date, its period.
    let granted = plan
        .interventions
        .iter()
        .find(|i| i.decision.status == DecisionStatus::Granted)
        .unwrap();
    let row = all(&el, "tbody tr")
        .into_iter()
        .find(|r| text(r).contains(&granted.title))
        .unwrap();
    let cells: Vec<String> = all(&row, "td").iter().map(text).collect();
    assert_eq!(cells[0], "I gang");
    assert_eq!(cells[1], "Bevilget");
    assert_eq!(cells[2], "1. september 2025");
    assert_eq!(cells[3], "8. september 2025 – 31. marts 2026");
    assert!(
        text(&row).contains("Ansvarlig: Holmstrup Kommune"),
        "{}",
        text(&row)
    );
    // The plan's identity heads the summary (and the printout).
    let identity = text(&one(&el, ".hp-decision-identity"));
    assert!(identity.contains(&plan.title), "{identity}");
    assert!(identity.contains(&plan.citizen.name), "{identity}");
    assert!(
        identity.contains("Version 1, ikke godkendt endnu"),
        "{identity}"
    );
}

/// The host's complaint text replaces the general guide, keeps its line breaks and
/// paragraphs, and follows the host when it changes it.
#[wasm_bindgen_test]
async fn the_hosts_complaint_text_is_shown_instead_of_the_guide() {
    let plan = sample_plan("mor-med-angst");
    let (el, handle) = on_decision("decision-default", with_plan(plan.clone()), "Afgørelse").await;
    let aside = one(&el, ".hp-decision-complaint");
    assert_eq!(
        aside.get_attribute("data-source").as_deref(),
        Some("default")
    );
    assert_eq!(text(&one(&aside, "h3")), "Sådan klager du");
    let guide = text(&one(&aside, ".hp-decision-complaint-text"));
    assert!(
        guide.starts_with("Generel vejledning – ikke juridisk rådgivning."),
        "{guide}"
    );
    assert!(
        guide.contains("4 uger") && guide.contains("Ankestyrelsen"),
        "{guide}"
    );

    // The host sets its own text later (as <helhedsplan-editor complaint-route> does).
    let host_text = "Klag til Holmstrup Kommune, Borgerservice.\nRådhuspladsen 1, 8000 Holmstrup\n\nRing på 70 20 30 40.";
    handle
        .state()
        .host
        .complaint_route
        .set(Some(host_text.to_string()));
    tick().await;
    let aside = one(&el, ".hp-decision-complaint");
    assert_eq!(aside.get_attribute("data-source").as_deref(), Some("host"));
    let paragraphs = all(&aside, ".hp-decision-complaint-text p");
    assert_eq!(paragraphs.len(), 2);
    assert_eq!(
        text(&paragraphs[0]),
        "Klag til Holmstrup Kommune, Borgerservice.\nRådhuspladsen 1, 8000 Holmstrup"
    );
    assert_eq!(text(&paragraphs[1]), "Ring på 70 20 30 40.");
    assert!(!text(&aside).contains("Generel vejledning"));
    el.remove();

    // Given at mount, as the host's option.
    let (el, _handle) = on_decision(
        "decision-host",
        EditorOptions {
            complaint_route: Some(host_text.to_string()),
            ..with_plan(plan)
        },
        "Afgørelse",
    )
    .await;
    let shown = text(&one(&el, ".hp-decision-complaint"));
    assert!(shown.contains("Ring på 70 20 30 40."), "{shown}");
}

/// Clicking an intervention's title opens it in Indsatser with focus on its card.
#[wasm_bindgen_test]
async fn a_title_opens_the_intervention() {
    let plan = sample_plan("ung-efter-psykiatri");
    let target = needing(&plan).last().copied().unwrap().clone();
    let (el, _handle) = on_decision("decision-open", with_plan(plan), "Afgørelse").await;
    let table = all(&el, ".hp-decision-table")
        .into_iter()
        .find(|t| text(t).contains(&target.title))
        .unwrap();
    button_by_text(&table, &target.title).click();
    let expected = format!("iv-{}-heading", target.id);
    assert!(
        wait_for(|| focused_id().ends_with(&expected)).await,
        "focus on {expected}, not {}",
        focused_id()
    );
    assert_eq!(text(&one(&el, ".hp-section > h2")), "Indsatser");
}

/// A plan where nothing needs a decision says so, with a way to the interventions.
#[wasm_bindgen_test]
async fn no_decisions_gives_the_empty_state() {
    let mut plan = sample_plan("mor-med-angst");
    for i in &mut plan.interventions {
        i.decision = Decision::default();
    }
    let (el, _handle) = on_decision("decision-empty", with_plan(plan), "Afgørelse").await;
    assert!(all(&el, ".hp-decision-table").is_empty());
    assert!(all(&el, ".hp-decision-complaint").is_empty());
    let empty = text(&one(&el, ".hp-decision-empty"));
    assert!(
        empty.starts_with("Ingen indsatser i planen kræver en afgørelse"),
        "{empty}"
    );
    assert_eq!(
        text(&one(&el, ".hp-decision-counts")),
        "0 indsatser kræver afgørelse"
    );
    button_by_text(&el, "Gå til Indsatser").click();
    assert!(wait_for(|| text(&one(&el, ".hp-section > h2")) == "Indsatser").await);
}

/// In English: headings, counts and the English general guide.
#[wasm_bindgen_test]
async fn english() {
    let plan = sample_plan("mor-med-angst");
    let (el, _handle) = on_decision(
        "decision-en",
        EditorOptions {
            lang: Lang::En,
            ..with_plan(plan)
        },
        "Decision",
    )
    .await;
    assert_eq!(
        text(&one(&el, ".hp-decision-counts")),
        "2 interventions need a decision: 1 granted, 1 awaiting a decision"
    );
    assert_eq!(
        text(&one(&el, ".hp-decision-complaint h3")),
        "How to complain"
    );
    let guide = text(&one(&el, ".hp-decision-complaint-text"));
    assert!(
        guide.starts_with("A general guide – not legal advice."),
        "{guide}"
    );
    let headings: Vec<String> = all(&el, ".hp-decision-sector h3")
        .iter()
        .map(text)
        .collect();
    assert_eq!(headings, vec!["Social services", "Employment"]);
    assert_eq!(
        text(&one(&el, ".hp-decision-sector[data-sector=social] caption")),
        "Serviceloven § 85 – Social-pedagogical support at home"
    );
}

/// "Hent afgørelsesoversigten som fil" offers the summary document (not the plan) under
/// `<plan>-afgoerelse-<date>.json`, and says so.
#[wasm_bindgen_test]
async fn download_offers_the_summary_document() {
    let plan = sample_plan("familie-med-barn");
    let (el, handle) = on_decision("decision-download", with_plan(plan.clone()), "Afgørelse").await;
    handle
        .state()
        .host
        .complaint_route
        .set(Some("Klag her.".into()));
    tick().await;
    // Catch the file instead of letting the browser save it.
    js_sys::eval(
        r#"
        window.__hpDownloads = [];
        window.__hpClick = HTMLAnchorElement.prototype.click;
        window.__hpCreate = URL.createObjectURL;
        HTMLAnchorElement.prototype.click = function () { window.__hpDownloads.push(this.download); };
        URL.createObjectURL = function (blob) { window.__hpBlob = blob; return window.__hpCreate.call(URL, blob); };
        "#,
    )
    .unwrap();
    button_by_text(&el, "Hent afgørelsesoversigten som fil").click();
    js_sys::eval(
        "HTMLAnchorElement.prototype.click = window.__hpClick; URL.createObjectURL = window.__hpCreate;",
    )
    .unwrap();
    let window = web_sys::window().unwrap();
    let names = js_sys::Reflect::get(&window, &"__hpDownloads".into()).unwrap();
    let names: Vec<String> = js_sys::Array::from(&names)
        .iter()
        .map(|v| v.as_string().unwrap())
        .collect();
    let today = chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    assert_eq!(
        names,
        vec![format!("familien-andersens-plan-afgoerelse-{today}.json")]
    );
    let blob: web_sys::Blob = js_sys::Reflect::get(&window, &"__hpBlob".into())
        .unwrap()
        .unchecked_into();
    let json = wasm_bindgen_futures::JsFuture::from(blob.text())
        .await
        .unwrap()
        .as_string()
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["kind"], "helhedsplan-decision-summary");
    assert_eq!(value["schema_version"], 2);
    assert_eq!(value["plan"]["title"], plan.title.as_str());
    assert_eq!(value["complaint_route"]["text"], "Klag her.");
    assert_eq!(value["counts"]["total"], needing(&plan).len());
    assert!(value.get("goals").is_none(), "the summary, not the plan");
    let status = text(&one(&el, ".hp-status-line"));
    assert!(status.contains("afgoerelse"), "{status}");
}

/// Two complaint bodies: the box says honestly that the routes differ, shows one block
/// per body with the decisions it covers, and each row names its body and reasons.
#[wasm_bindgen_test]
async fn decisions_with_two_complaint_bodies_are_grouped_by_body() {
    let mut plan = sample_plan("mor-med-angst");
    let needed: Vec<usize> = plan
        .interventions
        .iter()
        .enumerate()
        .filter(|(_, i)| i.decision.needed)
        .map(|(n, _)| n)
        .collect();
    assert!(needed.len() >= 2);
    let social = needed[0];
    plan.interventions[social].sector = Sector::Social;
    plan.interventions[social].legal_basis = Some(helhedsplan::model::LegalBasis {
        law: "Serviceloven".into(),
        paragraph: "§ 85".into(),
    });
    plan.interventions[social].decision = Decision {
        needed: true,
        status: DecisionStatus::PartlyGranted,
        date: None,
        reasons: "3 timer om ugen i stedet for 5".into(),
    };
    let health = needed[1];
    plan.interventions[health].sector = Sector::Health;
    plan.interventions[health].legal_basis = Some(helhedsplan::model::LegalBasis {
        law: "Sundhedsloven".into(),
        paragraph: "§ 140".into(),
    });
    let (el, _handle) = on_decision("decision-routes", with_plan(plan.clone()), "Afgørelse").await;
    let lead = text(&one(&el, ".hp-decision-routes-lead"));
    assert!(lead.contains("2 forskellige klageveje"), "{lead}");
    let routes: Vec<String> = all(&el, ".hp-decision-route")
        .iter()
        .map(|r| r.get_attribute("data-route").unwrap())
        .collect();
    assert_eq!(
        routes,
        vec!["ankestyrelsen_social", "styrelsen_for_patientklager"]
    );
    let first = text(&one(
        &el,
        ".hp-decision-route[data-route=ankestyrelsen_social]",
    ));
    assert!(first.contains("Klage til Ankestyrelsen"), "{first}");
    assert!(first.contains("senest 4 uger"), "{first}");
    assert!(first.contains(&plan.interventions[social].title), "{first}");
    let row = text(&one(
        &el,
        ".hp-decision-sector[data-sector=social] tbody tr",
    ));
    assert!(
        row.contains("Begrundelse: 3 timer om ugen i stedet for 5"),
        "{row}"
    );
    assert!(row.contains("Ankestyrelsen"), "{row}");
    let health_row = text(&one(
        &el,
        ".hp-decision-sector[data-sector=health] tbody tr",
    ));
    assert!(
        health_row.contains("Styrelsen for Patientklager"),
        "{health_row}"
    );
}
