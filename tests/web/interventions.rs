//! Browser tests for the interventions section: adding, editing every kind of field,
//! linking goals, ordering, removing with undo, and the citizen's voice on a card.

use chrono::Utc;
use helhedsplan::model::{Actor, ApprovalRole, Edit, Goal, GoalLevel, Role};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

use crate::support::*;

/// The card of the intervention with this title, found by its heading as a reader would.
fn card(root: &Element, title: &str) -> Element {
    let headings = root.query_selector_all("h3").unwrap();
    (0..headings.length())
        .map(|i| headings.item(i).unwrap().unchecked_into::<Element>())
        .find(|h| text(h).trim() == title)
        .and_then(|h| h.closest("li").unwrap())
        .unwrap_or_else(|| panic!("no intervention card {title:?}"))
}

/// Opens a disclosure (`<details>`) by clicking its summary text.
async fn open(card: &Element, summary: &str) {
    let summaries = card.query_selector_all("summary").unwrap();
    let found = (0..summaries.length())
        .map(|i| summaries.item(i).unwrap().unchecked_into::<HtmlElement>())
        .find(|s| text(s).trim().starts_with(summary))
        .unwrap_or_else(|| panic!("no disclosure {summary:?}"));
    found.click();
    tick().await;
    tick().await;
}

/// Sets a date input and fires `change`, as the date picker does.
fn set_date(control: &Element, iso: &str) {
    control.unchecked_ref::<HtmlInputElement>().set_value(iso);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
    control.dispatch_event(&event).unwrap();
}

fn click_label(root: &Element, label_text: &str) {
    field_by_label(root, label_text)
        .unchecked_ref::<HtmlElement>()
        .click();
}

fn button_labelled(root: &Element, aria_label: &str) -> HtmlElement {
    root.query_selector(&format!("button[aria-label=\"{aria_label}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no button labelled {aria_label:?}"))
        .unchecked_into()
}

fn announcement(root: &Element) -> String {
    text(
        &root
            .query_selector("[role=status][aria-live]")
            .unwrap()
            .unwrap(),
    )
}

/// Mounts an editor, writes as the caseworker and opens "Indsatser".
async fn caseworker_on_interventions(
    name: &str,
) -> (HtmlElement, helhedsplan::platform::EditorHandle) {
    let (el, key) = host(name);
    let handle = mount(&el, &key);
    tick().await;
    choose(&field_by_label(&el, "Hvem skriver?"), "caseworker");
    tick().await;
    open_section(&el, "Indsatser").await;
    (el, handle)
}

/// Adds an intervention through the form: area code, optional type code, title.
async fn add(el: &Element, sector: &str, kind: Option<&str>, title: Option<&str>) {
    choose(&field_by_label(el, "Område"), sector);
    tick().await;
    if let Some(kind) = kind {
        choose(&field_by_label(el, "Type af indsats (frivillig)"), kind);
        tick().await;
    }
    if let Some(title) = title {
        type_into(&field_by_label(el, "Titel *"), title);
        tick().await;
    }
    button_by_text(el, "Tilføj indsats").click();
    tick().await;
}

#[wasm_bindgen_test]
async fn a_caseworker_adds_an_intervention_from_the_catalogue_and_focus_moves_to_it() {
    let (el, handle) = caseworker_on_interventions("iv-add").await;
    assert!(text(&el).contains("Der er ingen indsatser endnu."));

    // Nothing filled in: both errors in words, nothing added.
    button_by_text(&el, "Tilføj indsats").click();
    tick().await;
    let page = text(&el);
    assert!(page.contains("Vælg, hvilket område indsatsen hører til."));
    assert!(page.contains("Skriv en titel, fx “Mentor”."));
    assert_eq!(
        field_by_label(&el, "Titel *")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert!(plan_of(&handle)
        .get("interventions")
        .is_none_or(|v| v.as_array().unwrap().is_empty()));

    // The type fills in the title; the usual legal basis comes along.
    choose(&field_by_label(&el, "Område"), "employment");
    tick().await;
    choose(
        &field_by_label(&el, "Type af indsats (frivillig)"),
        "mentor",
    );
    tick().await;
    assert_eq!(
        field_by_label(&el, "Titel *")
            .unchecked_ref::<HtmlInputElement>()
            .value(),
        "Mentor"
    );
    button_by_text(&el, "Tilføj indsats").click();
    tick().await;

    let plan = plan_of(&handle);
    let item = &plan["interventions"][0];
    assert_eq!(item["title"], "Mentor");
    assert_eq!(item["sector"], "employment");
    assert_eq!(item["kind"], "mentor");
    assert_eq!(item["legal_basis"]["law"], "LAB");
    assert_eq!(item["legal_basis"]["paragraph"], "§ 167");
    assert_eq!(item["created_by"]["role"], "caseworker");
    assert_eq!(item["status"], "proposed");

    let mentor = card(&el, "Mentor");
    let shown = text(&mentor);
    assert!(shown.contains("Beskæftigelse"), "{shown}");
    assert!(shown.contains("Foreslået"), "{shown}");
    assert!(shown.contains("LAB § 167 – Mentor"), "{shown}");
    assert!(shown.contains("Ikke knyttet til et mål endnu"), "{shown}");
    assert!(announcement(&el).contains("Indsatsen “Mentor” er tilføjet"));

    // Focus moves to the new intervention's title field, in its opened edit form.
    next_frame().await;
    let active = document().active_element().expect("something has focus");
    let title_field = field_by_label(&mentor, "Titel *");
    assert_eq!(active, title_field);
    // The add form is empty again.
    assert_eq!(
        field_by_label(&el, "Titel *")
            .unchecked_ref::<HtmlInputElement>()
            .value(),
        ""
    );
}

#[wasm_bindgen_test]
async fn legal_basis_is_picked_from_the_catalogue_or_typed_by_hand() {
    let (el, handle) = caseworker_on_interventions("iv-basis").await;
    add(&el, "social", None, Some("Bostøtte")).await;
    assert!(plan_of(&handle)["interventions"][0]
        .get("legal_basis")
        .is_none());
    let bostoette = card(&el, "Bostøtte");
    assert!(text(&bostoette).contains("Ikke udfyldt"));
    // The edit form is open after adding.
    let basis_select = field_by_label(&bostoette, "Lovgrundlag fra listen");
    // Only social-sector bases (and "write it yourself") are offered.
    let options = text(&basis_select);
    assert!(
        options.contains("Serviceloven § 85 – Socialpædagogisk støtte (bostøtte)"),
        "{options}"
    );
    assert!(!options.contains("LAB § 167"), "{options}");
    assert!(options.contains("Andet (skriv selv)"));

    choose(&basis_select, "sel_85");
    tick().await;
    let basis = &plan_of(&handle)["interventions"][0]["legal_basis"];
    assert_eq!(basis["law"], "Serviceloven");
    assert_eq!(basis["paragraph"], "§ 85");
    assert!(text(&bostoette).contains("Serviceloven § 85 – Socialpædagogisk støtte (bostøtte)"));
    assert_eq!(
        field_by_label(&bostoette, "Lov")
            .unchecked_ref::<HtmlInputElement>()
            .value(),
        "Serviceloven"
    );

    // By hand: a paragraph that is not in the list.
    type_into(&field_by_label(&bostoette, "Paragraf"), "§ 103");
    tick().await;
    let basis = &plan_of(&handle)["interventions"][0]["legal_basis"];
    assert_eq!(basis["law"], "Serviceloven");
    assert_eq!(basis["paragraph"], "§ 103");
    assert_eq!(
        field_by_label(&bostoette, "Lovgrundlag fra listen")
            .unchecked_ref::<HtmlSelectElement>()
            .value(),
        "other"
    );
    assert!(text(&bostoette).contains("Serviceloven § 103"));

    // A law typed from scratch on a new intervention.
    add(&el, "health", None, Some("Samtaleforløb hos psykolog")).await;
    let psych = card(&el, "Samtaleforløb hos psykolog");
    type_into(&field_by_label(&psych, "Lov"), "Sundhedsloven");
    tick().await;
    type_into(&field_by_label(&psych, "Paragraf"), "§ 119");
    tick().await;
    let basis = &plan_of(&handle)["interventions"][1]["legal_basis"];
    assert_eq!(basis["law"], "Sundhedsloven");
    assert_eq!(basis["paragraph"], "§ 119");
    // Typed text that the catalogue knows is recognised.
    assert_eq!(
        field_by_label(&psych, "Lovgrundlag fra listen")
            .unchecked_ref::<HtmlSelectElement>()
            .value(),
        "sundl_119"
    );
    // Emptying both fields removes the legal basis.
    type_into(&field_by_label(&psych, "Lov"), "");
    tick().await;
    type_into(&field_by_label(&psych, "Paragraf"), "");
    tick().await;
    assert!(plan_of(&handle)["interventions"][1]
        .get("legal_basis")
        .is_none());
}

#[wasm_bindgen_test]
async fn an_intervention_is_linked_to_two_goals_and_unlinked_from_one() {
    let (el, handle) = caseworker_on_interventions("iv-goals").await;
    let state = handle.state();
    let actor = Actor::new(Role::Caseworker, "");
    let work = Goal::new(
        GoalLevel::Overall,
        "Jeg vil have et arbejde, hvor jeg kan være noget for andre",
        &actor,
        Utc::now(),
    );
    let sleep = Goal::new(
        GoalLevel::Goal,
        "Jeg vil sove bedre om natten",
        &actor,
        Utc::now(),
    );
    state
        .edit(Edit::AddGoal {
            goal: work.clone(),
            position: None,
        })
        .unwrap();
    state
        .edit(Edit::AddGoal {
            goal: sleep.clone(),
            position: None,
        })
        .unwrap();
    tick().await;

    add(&el, "employment", Some("mentor"), None).await;
    let mentor = card(&el, "Mentor");
    open(&mentor, "Mål og rækkefølge").await;
    click_label(
        &mentor,
        "Jeg vil have et arbejde, hvor jeg kan være noget for andre (Overordnet mål)",
    );
    tick().await;
    click_label(&mentor, "Jeg vil sove bedre om natten (Mål)");
    tick().await;

    let goals = plan_of(&handle)["interventions"][0]["goals"].clone();
    assert_eq!(goals.as_array().unwrap().len(), 2);
    assert_eq!(goals[0], work.id.to_string());
    assert_eq!(goals[1], sleep.id.to_string());
    let shown = text(&mentor);
    assert!(shown.contains("Hjælper med målene"));
    assert!(!shown.contains("Ikke knyttet til et mål endnu"));

    click_label(&mentor, "Jeg vil sove bedre om natten (Mål)");
    tick().await;
    let goals = plan_of(&handle)["interventions"][0]["goals"].clone();
    assert_eq!(goals.as_array().unwrap().len(), 1);
    assert_eq!(goals[0], work.id.to_string());
    let facts = mentor.query_selector("dl").unwrap().unwrap();
    assert!(text(&facts).contains("Jeg vil have et arbejde"));
    assert!(!text(&facts).contains("Jeg vil sove bedre"));
    assert!(
        !field_by_label(&mentor, "Jeg vil sove bedre om natten (Mål)")
            .unchecked_ref::<HtmlInputElement>()
            .checked()
    );
}

#[wasm_bindgen_test]
async fn an_order_is_set_and_a_circle_is_refused_in_words() {
    let (el, handle) = caseworker_on_interventions("iv-deps").await;
    add(&el, "employment", Some("mentor"), None).await;
    add(&el, "employment", Some("virksomhedspraktik"), None).await;
    let plan = plan_of(&handle);
    let mentor_id = plan["interventions"][0]["id"].as_str().unwrap().to_string();
    let praktik_id = plan["interventions"][1]["id"].as_str().unwrap().to_string();

    // The placement comes after the mentor.
    let praktik = card(&el, "Virksomhedspraktik");
    open(&praktik, "Mål og rækkefølge").await;
    choose(
        &field_by_label(&praktik, "Vælg en indsats, der skal ske først"),
        &mentor_id,
    );
    tick().await;
    button_by_text(&praktik, "Tilføj til rækkefølgen").click();
    tick().await;
    assert_eq!(
        plan_of(&handle)["interventions"][1]["depends_on"][0],
        mentor_id.as_str()
    );
    let facts = text(&praktik.query_selector("dl").unwrap().unwrap());
    assert!(facts.contains("Skal ske efter"), "{facts}");
    assert!(facts.contains("Mentor"), "{facts}");

    // The mentor cannot also come after the placement: refused, said in words.
    let mentor = card(&el, "Mentor");
    open(&mentor, "Mål og rækkefølge").await;
    choose(
        &field_by_label(&mentor, "Vælg en indsats, der skal ske først"),
        &praktik_id,
    );
    tick().await;
    button_by_text(&mentor, "Tilføj til rækkefølgen").click();
    tick().await;
    let alert = mentor
        .query_selector("[role=alert]")
        .unwrap()
        .expect("the refusal is shown next to the control");
    assert!(
        text(&alert).contains("så ville en indsats skulle vente på sig selv"),
        "{}",
        text(&alert)
    );
    assert!(plan_of(&handle)["interventions"][0]
        .get("depends_on")
        .is_none());

    // And the order can be taken back.
    button_labelled(&praktik, "Fjern “Mentor” fra rækkefølgen").click();
    tick().await;
    assert!(plan_of(&handle)["interventions"][1]
        .get("depends_on")
        .is_none());
}

#[wasm_bindgen_test]
async fn an_end_date_before_the_start_date_shows_an_error_on_the_field() {
    let (el, handle) = caseworker_on_interventions("iv-dates").await;
    add(&el, "social", Some("bostoette"), None).await;
    let item = card(&el, "Bostøtte");
    set_date(&field_by_label(&item, "Startdato"), "2027-03-01");
    tick().await;
    let end = field_by_label(&item, "Slutdato");
    set_date(&end, "2027-02-01");
    tick().await;
    assert!(text(&item).contains("Slutdatoen ligger før startdatoen."));
    assert_eq!(end.get_attribute("aria-invalid").as_deref(), Some("true"));
    let period = &plan_of(&handle)["interventions"][0]["period"];
    assert_eq!(period["start"], "2027-03-01");
    assert_eq!(period["end"], "2027-02-01");

    set_date(&end, "2027-08-31");
    tick().await;
    assert!(!text(&item).contains("Slutdatoen ligger før startdatoen."));
    assert!(end.get_attribute("aria-invalid").is_none());
    assert!(
        text(&item).contains("1. marts 2027 – 31. august 2027"),
        "{}",
        text(&item)
    );
}

/// Issue 10: a date the plan may not hold (a typo: year 2520) is refused, with the reason
/// under the field; what was typed stays in the field as a draft (nothing typed is lost)
/// and the plan keeps its last good date until a good one comes.
#[wasm_bindgen_test]
async fn a_date_outside_the_window_stays_in_the_field_as_an_unsaved_draft() {
    let (el, handle) = caseworker_on_interventions("iv-date-window").await;
    add(&el, "social", Some("bostoette"), None).await;
    let item = card(&el, "Bostøtte");
    let start = field_by_label(&item, "Startdato");
    set_date(&start, "2027-03-01");
    tick().await;
    set_date(&start, "2520-03-01");
    tick().await;
    assert_eq!(
        plan_of(&handle)["interventions"][0]["period"]["start"],
        "2027-03-01"
    );
    assert_eq!(
        start.unchecked_ref::<HtmlInputElement>().value(),
        "2520-03-01"
    );
    assert_eq!(start.get_attribute("aria-invalid").as_deref(), Some("true"));
    let page = text(&item);
    assert!(page.contains("Ikke gemt"), "{page}");
    assert!(page.contains("mellem år 1900 og år 2200"), "{page}");
    // The reason is tied to the field for a screen reader.
    let described = start.get_attribute("aria-describedby").unwrap_or_default();
    assert!(described.contains("-error"), "{described}");

    set_date(&start, "2027-04-01");
    tick().await;
    assert_eq!(
        plan_of(&handle)["interventions"][0]["period"]["start"],
        "2027-04-01"
    );
    assert!(!text(&item).contains("Ikke gemt"));
    assert!(start.get_attribute("aria-invalid").is_none());
}

#[wasm_bindgen_test]
async fn every_other_field_is_saved_in_the_plan() {
    let (el, handle) = caseworker_on_interventions("iv-fields").await;
    add(&el, "employment", Some("mentor"), None).await;
    let item = card(&el, "Mentor");
    type_into(
        &field_by_label(&item, "Beskrivelse"),
        "En mentor hjælper med at komme godt i gang på arbejdspladsen.",
    );
    type_into(
        &field_by_label(&item, "Ansvarlig myndighed"),
        "Aarhus Kommune, Jobcenter",
    );
    type_into(
        &field_by_label(&item, "Udføres af (leverandør)"),
        "Mentorkorps Østjylland",
    );
    type_into(&field_by_label(&item, "Hvor ofte?"), "2 timer om ugen");
    choose(&field_by_label(&item, "Status"), "active");
    tick().await;
    click_label(&item, "Indsatsen kræver en afgørelse");
    tick().await;
    choose(
        &field_by_label(&item, "Hvor langt er afgørelsen?"),
        "granted",
    );
    set_date(&field_by_label(&item, "Dato for afgørelsen"), "2027-01-15");
    tick().await;

    let plan = plan_of(&handle);
    let saved = &plan["interventions"][0];
    assert_eq!(saved["responsible_authority"], "Aarhus Kommune, Jobcenter");
    assert_eq!(saved["provider"], "Mentorkorps Østjylland");
    assert_eq!(saved["frequency"], "2 timer om ugen");
    assert_eq!(saved["status"], "active");
    assert_eq!(saved["decision"]["needed"], true);
    assert_eq!(saved["decision"]["status"], "granted");
    assert_eq!(saved["decision"]["date"], "2027-01-15");
    let shown = text(&item);
    assert!(shown.contains("I gang"));
    assert!(shown.contains("Mentorkorps Østjylland"));
    assert!(shown.contains("Aarhus Kommune, Jobcenter"));

    // With no people in the plan, the person select says where to add them.
    assert!(shown.contains("Tilføj personer under “Personer”"));
    // Changing the area keeps the rest.
    choose(&field_by_label(&item, "Område"), "education");
    tick().await;
    let saved = &plan_of(&handle)["interventions"][0];
    assert_eq!(saved["sector"], "education");
    assert_eq!(saved["provider"], "Mentorkorps Østjylland");
    assert!(text(&item).contains("Uddannelse"));
}

#[wasm_bindgen_test]
async fn removing_asks_first_and_undo_brings_it_back() {
    let (el, handle) = caseworker_on_interventions("iv-remove").await;
    add(&el, "employment", Some("mentor"), None).await;
    add(&el, "social", Some("bostoette"), None).await;
    let mentor = card(&el, "Mentor");

    button_labelled(&mentor, "Fjern: Mentor").click();
    tick().await;
    assert!(text(&mentor).contains("Er du sikker på, at du vil fjerne “Mentor”?"));
    // "Annullér" in the question keeps it.
    button_by_text(&mentor, "Annullér").click();
    tick().await;
    assert_eq!(
        plan_of(&handle)["interventions"].as_array().unwrap().len(),
        2
    );

    button_labelled(&mentor, "Fjern: Mentor").click();
    tick().await;
    button_by_text(&mentor, "Fjern").click();
    tick().await;
    let plan = plan_of(&handle);
    assert_eq!(plan["interventions"].as_array().unwrap().len(), 1);
    assert_eq!(plan["interventions"][0]["title"], "Bostøtte");
    assert!(announcement(&el).contains("“Mentor” er fjernet. Tryk Fortryd"));
    next_frame().await;
    // Focus goes to the next card.
    let bostoette = card(&el, "Bostøtte");
    assert_eq!(
        document().active_element().unwrap(),
        bostoette.query_selector("h3").unwrap().unwrap()
    );

    let toolbar = el.query_selector("header").unwrap().expect("the toolbar");
    button_by_text(&toolbar, "Fortryd").click();
    tick().await;
    let plan = plan_of(&handle);
    assert_eq!(plan["interventions"].as_array().unwrap().len(), 2);
    assert_eq!(plan["interventions"][0]["title"], "Mentor");
    card(&el, "Mentor");
}

#[wasm_bindgen_test]
async fn interventions_move_up_and_down_without_dragging() {
    let (el, handle) = caseworker_on_interventions("iv-move").await;
    add(&el, "employment", Some("mentor"), None).await;
    add(&el, "social", Some("bostoette"), None).await;
    add(&el, "health", Some("genoptraening"), None).await;
    assert!(button_labelled(&el, "Flyt op: Mentor").has_attribute("disabled"));
    assert!(button_labelled(&el, "Flyt ned: Genoptræning").has_attribute("disabled"));

    button_labelled(&el, "Flyt op: Genoptræning").click();
    tick().await;
    let titles = |plan: serde_json::Value| {
        plan["interventions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["title"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        titles(plan_of(&handle)),
        ["Mentor", "Genoptræning", "Bostøtte"]
    );
    assert!(announcement(&el).contains("“Genoptræning” er nu nummer 2."));
    assert!(text(&card(&el, "Genoptræning")).contains("Nr. 2"));

    button_labelled(&el, "Flyt ned: Mentor").click();
    tick().await;
    assert_eq!(
        titles(plan_of(&handle)),
        ["Genoptræning", "Mentor", "Bostøtte"]
    );
}

#[wasm_bindgen_test]
async fn search_and_area_filter_find_interventions_in_a_long_list() {
    let (el, _handle) = caseworker_on_interventions("iv-filter").await;
    add(&el, "employment", Some("mentor"), None).await;
    add(&el, "social", Some("bostoette"), None).await;
    add(&el, "social", Some("gaeldsraadgivning"), None).await;

    let filter = field_by_label(&el, "Vis område");
    assert!(text(&filter).contains("Socialområdet (2)"));
    choose(&filter, "social");
    tick().await;
    assert!(text(&el).contains("Viser 2 af 3 indsatser."));
    assert!(el
        .query_selector("[aria-label=\"Fjern: Mentor\"]")
        .unwrap()
        .is_none());
    card(&el, "Bostøtte");

    choose(&field_by_label(&el, "Vis område"), "");
    type_into(&field_by_label(&el, "Søg i indsatser"), "gæld");
    tick().await;
    assert!(text(&el).contains("Viser 1 af 3 indsatser."));
    card(&el, "Gældsrådgivning");
    type_into(&field_by_label(&el, "Søg i indsatser"), "findes ikke");
    tick().await;
    assert!(text(&el).contains("Ingen indsatser passer til søgningen."));
    button_by_text(&el, "Vis alle indsatser").click();
    tick().await;
    card(&el, "Mentor");
}

#[wasm_bindgen_test]
async fn the_citizen_disagrees_with_a_comment_and_the_card_shows_it() {
    let (el, handle) = caseworker_on_interventions("iv-voice").await;
    add(&el, "employment", Some("mentor"), None).await;
    let mentor = card(&el, "Mentor");
    assert!(text(&mentor).contains("Borgeren er ikke spurgt endnu"));
    open(&mentor, "Er borgeren enig?").await;
    // As the caseworker the answer cannot be given.
    assert!(field_by_label(&mentor, "Uenig").has_attribute("disabled"));

    choose(&field_by_label(&el, "Hvem skriver?"), "citizen");
    tick().await;
    click_label(&mentor, "Uenig");
    tick().await;
    type_into(
        &field_by_label(&mentor, "Din begrundelse (frivillig)"),
        "Jeg vil hellere have en mentor, som jeg selv har mødt først",
    );
    tick().await;
    type_into(
        &field_by_label(&mentor, "Ny kommentar"),
        "Kan vi mødes med mentoren, før vi beslutter det?",
    );
    button_by_text(&mentor, "Tilføj kommentar").click();
    tick().await;

    let plan = plan_of(&handle);
    let agreement = &plan["interventions"][0]["citizen_agreement"];
    assert_eq!(agreement["status"], "disagrees");
    assert_eq!(
        agreement["comment"],
        "Jeg vil hellere have en mentor, som jeg selv har mødt først"
    );
    assert_eq!(plan["comments"][0]["author"]["role"], "citizen");
    assert_eq!(plan["comments"][0]["on"]["kind"], "intervention");

    let line = mentor
        .query_selector("p[class*=hp-iv-disagrees]")
        .unwrap()
        .expect("the disagreement is on the card");
    let said = text(&line);
    assert!(said.contains("⚠"), "{said}");
    assert!(said.contains("Du er uenig"), "{said}");
    assert!(said.contains("Jeg vil hellere have en mentor"), "{said}");
    assert!(text(&mentor).contains("Er du enig? 1 kommentar"));
    // The caseworker reads the same answer about the citizen.
    choose(&field_by_label(&el, "Hvem skriver?"), "caseworker");
    tick().await;
    assert!(text(&line).contains("Borgeren er uenig"));
    assert!(text(&mentor).contains("Er borgeren enig? 1 kommentar"));
}

#[wasm_bindgen_test]
async fn a_locked_plan_is_read_only_with_a_note() {
    let (el, handle) = caseworker_on_interventions("iv-locked").await;
    add(&el, "employment", Some("mentor"), None).await;
    let state = handle.state();
    state
        .edit(Edit::Approve {
            as_role: ApprovalRole::Caseworker,
        })
        .unwrap();
    state.set_role(Role::Citizen);
    state
        .edit(Edit::Approve {
            as_role: ApprovalRole::Citizen,
        })
        .unwrap();
    tick().await;
    assert_eq!(plan_of(&handle)["locked"], true);

    assert!(text(&el).contains("Planen er godkendt og låst"));
    assert!(!text(&el).contains("Tilføj indsats"));
    let mentor = card(&el, "Mentor");
    assert!(mentor
        .query_selector("[aria-label=\"Fjern: Mentor\"]")
        .unwrap()
        .is_none());
    assert!(field_by_label(&mentor, "Titel *").has_attribute("readonly"));
    open(&mentor, "Mål og rækkefølge").await;
    assert!(text(&mentor).contains("Planen har ingen mål endnu"));
}

#[wasm_bindgen_test]
async fn the_section_speaks_english_too() {
    let (el, _handle) = caseworker_on_interventions("iv-en").await;
    add(&el, "employment", Some("mentor"), None).await;
    button_by_text(&el, "English").click();
    tick().await;
    let mentor = card(&el, "Mentor");
    let shown = text(&mentor);
    assert!(shown.contains("Employment"), "{shown}");
    assert!(shown.contains("Proposed"), "{shown}");
    assert!(
        shown.contains("The citizen has not been asked yet"),
        "{shown}"
    );
    field_by_label(&el, "Type of intervention (optional)");
    button_labelled(&el, "Move down: Mentor");
}

/// Milliseconds per keystroke when typing 20 times into `field`.
async fn typing_time(field: &Element, base: &str) -> f64 {
    let started = js_sys::Date::now();
    for n in 0..20 {
        type_into(field, &format!("{base} {n}"));
        tick().await;
    }
    (js_sys::Date::now() - started) / 20.0
}

#[wasm_bindgen_test]
async fn a_plan_with_2000_interventions_stays_quick_to_edit() {
    let (el, handle) = caseworker_on_interventions("iv-scale").await;
    let plan = helhedsplan::model::generate::synthetic_plan(300, 2000, 7);
    let first_title = plan.interventions[0].title.clone();
    let other_title = plan.interventions[1..100]
        .iter()
        .map(|i| i.title.clone())
        .find(|t| *t != first_title)
        .unwrap();
    handle.state().replace_plan(plan);
    tick().await;

    // Baseline: what any edit of this plan costs (history, autosave), typed in the plan title.
    // Measured on another section, so this section's own cost is not in it.
    open_section(&el, "Om mig").await;
    let baseline = typing_time(&field_by_label(&el, "Planens titel"), "Plan").await;
    open_section(&el, "Indsatser").await;

    // A page at a time; the rest one click away.
    let cards = el
        .query_selector_all("li[aria-labelledby]")
        .unwrap()
        .length();
    assert_eq!(cards, 100);
    assert!(text(&el).contains("Vis flere (1900 mere)"));

    let first = card(&el, &first_title);
    open(&first, "Ret indsatsen").await;
    let other_heading = card(&el, &other_title).query_selector("h3").unwrap();
    let in_card = typing_time(&field_by_label(&first, "Titel *"), &first_title).await;
    web_sys::console::log_1(
        &format!("2000 interventions: {in_card:.1} ms per keystroke in a card, {baseline:.1} ms baseline").into(),
    );
    assert_eq!(
        plan_of(&handle)["interventions"][0]["title"],
        format!("{first_title} 19")
    );
    // Typing in one card re-renders that card, not the list: other cards keep their nodes,
    // and the section adds little to what the edit itself costs.
    assert_eq!(
        card(&el, &other_title).query_selector("h3").unwrap(),
        other_heading
    );
    assert!(
        in_card < baseline * 2.0 + 50.0,
        "{in_card} ms per keystroke in a card, {baseline} ms baseline"
    );

    button_by_text(&el, "Vis flere (1900 mere)").click();
    tick().await;
    assert_eq!(
        el.query_selector_all("li[aria-labelledby]")
            .unwrap()
            .length(),
        200
    );
}
