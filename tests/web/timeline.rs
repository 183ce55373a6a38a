//! Browser tests: the timeline view. Bars per sector as the sample has dated
//! interventions, the today line, a bar's accessible name, clicking a bar opens and
//! focuses the intervention's card, double interventions said in words, the table
//! alternative, English, and a plan of 2,000 interventions.

use chrono::Utc;
use helhedsplan::model::{Actor, Intervention, InterventionStatus, Period, Plan, Role, Sector};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

use crate::support::*;

fn band(root: &Element, sector: Sector) -> Element {
    root.query_selector(&format!(".hp-tl-band[data-sector={}]", sector.code()))
        .unwrap()
        .unwrap_or_else(|| panic!("a band for {sector:?}"))
}

/// The bar whose accessible name starts with this title, as a screen reader finds it.
fn bar(root: &Element, title: &str) -> HtmlElement {
    all(root, "button.hp-tl-bar")
        .into_iter()
        .find(|b| {
            b.get_attribute("aria-label")
                .unwrap_or_default()
                .starts_with(&format!("{title}."))
        })
        .unwrap_or_else(|| panic!("no bar named {title:?}"))
        .unchecked_into()
}

fn dated_in(plan: &Plan, sector: Sector) -> usize {
    plan.interventions
        .iter()
        .filter(|i| i.sector == sector && (i.period.start.is_some() || i.period.end.is_some()))
        .count()
}

async fn on_timeline(name: &str, plan: Plan) -> (HtmlElement, helhedsplan::platform::EditorHandle) {
    let (el, key) = host(name);
    let handle = mount_plan(&el, &key, plan);
    tick().await;
    open_section(&el, "Tidslinje").await;
    tick().await;
    (el, handle)
}

#[wasm_bindgen_test]
async fn every_sample_has_a_bar_for_each_dated_intervention_in_its_sector() {
    for name in ["mor-med-angst", "ung-efter-psykiatri", "familie-med-barn"] {
        let plan = sample_plan(name);
        let (el, _handle) = on_timeline("tl-samples", plan.clone()).await;
        let heading = el.query_selector(".hp-section > h2").unwrap().unwrap();
        assert_eq!(text(&heading), "Tidslinje");
        let catalogue = helhedsplan::model::Catalogue::default_adult();
        for sector in Sector::ALL {
            let band = band(&el, sector);
            let bars = all(&band, "button.hp-tl-bar").len();
            assert_eq!(bars, dated_in(&plan, sector), "{name}: {sector:?}");
            let label = &catalogue.sector(sector).unwrap().label.da;
            assert!(
                text(&band.query_selector("h3").unwrap().unwrap()).starts_with(label.as_str()),
                "{name}: band named {label}"
            );
        }
        // Today's line, with its label in words.
        assert!(
            el.query_selector(".hp-tl-today").unwrap().is_some(),
            "{name}"
        );
        let axis = el.query_selector(".hp-tl-axis").unwrap().unwrap();
        assert!(text(&axis).contains("I dag"), "{name}");
        // Danish month names on the axis.
        assert!(
            text(&axis).contains("okt") || text(&axis).contains("maj"),
            "{name}"
        );
        // Undated interventions are listed apart, by title.
        for i in plan
            .interventions
            .iter()
            .filter(|i| i.period.start.is_none() && i.period.end.is_none())
        {
            let undated = el
                .query_selector(".hp-tl-undated")
                .unwrap()
                .expect("uden datoer");
            assert!(text(&undated).contains("Uden datoer"));
            button_by_text(&undated, &i.title);
        }
        // Follow-up meetings and decisions in words.
        let dates = text(&el.query_selector(".hp-tl-dates").unwrap().unwrap());
        assert_eq!(
            dates.matches("Opfølgningsmøde ").count(),
            plan.follow_ups.len(),
            "{name}: {dates}"
        );
        assert!(dates.contains("Afgørelse om"), "{name}: {dates}");
        el.remove();
    }
}

#[wasm_bindgen_test]
async fn a_bar_is_a_button_named_with_title_area_dates_and_status() {
    let plan = sample_plan("mor-med-angst");
    let (el, _handle) = on_timeline("tl-name", plan.clone()).await;
    let bostoette = plan
        .interventions
        .iter()
        .find(|i| i.title == "Bostøtte hjemme hos Sara")
        .unwrap();
    let button = bar(&el, &bostoette.title);
    assert_eq!(button.tag_name(), "BUTTON");
    let name = button.get_attribute("aria-label").unwrap();
    assert!(name.contains("Socialområdet"), "{name}");
    assert!(
        name.contains("8. september 2025 til 31. marts 2026"),
        "{name}"
    );
    assert!(name.contains("I gang"), "{name}");
    assert!(
        name.contains("Afgørelse: Bevilget 5. september 2025"),
        "{name}"
    );
    assert!(name.contains("Samtidig med"), "{name}");
    // The full title for the mouse too, and on the bar itself (truncated only visually).
    assert_eq!(button.get_attribute("title").unwrap(), bostoette.title);
    assert!(text(&button).contains(&bostoette.title));

    // An open end is said in words.
    let fvu = bar(&el, "Afklaring af kursus i dansk og regning (FVU)");
    let name = fvu.get_attribute("aria-label").unwrap();
    assert!(name.contains("fra 1. marts 2026, ingen slutdato"), "{name}");
    assert!(text(&fvu).contains('→'));
    el.remove();
}

#[wasm_bindgen_test]
async fn clicking_a_bar_opens_the_intervention_with_its_card_focused() {
    let plan = sample_plan("ung-efter-psykiatri");
    let (el, _handle) = on_timeline("tl-open", plan.clone()).await;
    // The last dated intervention, so that it is not simply the first card.
    let target = plan
        .interventions
        .iter()
        .rev()
        .find(|i| i.period.start.is_some())
        .unwrap();
    bar(&el, &target.title).click();
    let expected = format!("iv-{}-heading", target.id);
    assert!(
        wait_for(|| focused_id().ends_with(&expected)).await,
        "focus on {expected}, not {:?}",
        focused_id()
    );
    let heading = el.query_selector(".hp-section > h2").unwrap().unwrap();
    assert_eq!(text(&heading), "Indsatser");
    let focused = document().active_element().unwrap();
    assert_eq!(text(&focused).trim(), target.title);
    el.remove();
}

fn dated(
    sector: Sector,
    title: &str,
    kind: &str,
    start: (i32, u32, u32),
    end: (i32, u32, u32),
) -> Intervention {
    let by = Actor::new(Role::Caseworker, "Jonas Holm");
    let mut i = Intervention::new(sector, title, &by, Utc::now());
    i.kind = Some(kind.into());
    i.status = InterventionStatus::Active;
    i.period = Period {
        start: chrono::NaiveDate::from_ymd_opt(start.0, start.1, start.2),
        end: chrono::NaiveDate::from_ymd_opt(end.0, end.1, end.2),
    };
    i
}

#[wasm_bindgen_test]
async fn a_double_intervention_is_said_in_words_on_both_bars() {
    let mut plan = Plan::new("Prøveplan");
    let today = chrono::Local::now().date_naive();
    let year = chrono::Datelike::year(&today);
    plan.interventions = vec![
        dated(
            Sector::Employment,
            "Mentor",
            "mentor",
            (year, 1, 1),
            (year + 1, 6, 30),
        ),
        dated(
            Sector::Social,
            "Mentorstøtte",
            "mentor",
            (year, 3, 1),
            (year + 1, 12, 31),
        ),
        dated(
            Sector::Health,
            "Behandling for angst",
            "psykiatrisk_behandling",
            (year, 1, 1),
            (year, 12, 31),
        ),
    ];
    let (el, _handle) = on_timeline("tl-double", plan).await;
    for title in ["Mentor", "Mentorstøtte"] {
        let button = bar(&el, title);
        assert!(text(&button).contains("Dobbelt?"), "{title}: visible tag");
        let name = button.get_attribute("aria-label").unwrap();
        assert!(name.contains("Måske en dobbeltindsats med"), "{name}");
    }
    let other = bar(&el, "Behandling for angst");
    assert!(!text(&other).contains("Dobbelt?"));
    let box_text = text(
        &el.query_selector(".hp-tl-doubles")
            .unwrap()
            .expect("the doubles box"),
    );
    assert!(box_text.contains("Måske dobbeltindsatser"), "{box_text}");
    assert!(
        box_text.contains("“Mentor” (Beskæftigelse) og “Mentorstøtte” (Socialområdet)"),
        "{box_text}"
    );
    el.remove();
}

#[wasm_bindgen_test]
async fn the_table_alternative_lists_every_sector_with_dates() {
    let plan = sample_plan("ung-efter-psykiatri");
    let (el, _handle) = on_timeline("tl-table", plan.clone()).await;
    let details = el.query_selector(".hp-tl-table").unwrap().unwrap();
    assert!(all(&details, "table").is_empty(), "built only when opened");
    let summary: HtmlElement = details
        .query_selector("summary")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(text(&summary), "Vis tidslinjen som tabel");
    summary.click();
    assert!(wait_for(|| !all(&details, "table").is_empty()).await);
    let catalogue = helhedsplan::model::Catalogue::default_adult();
    for sector in Sector::ALL {
        let count = plan
            .interventions
            .iter()
            .filter(|i| i.sector == sector)
            .count();
        let label = &catalogue.sector(sector).unwrap().label.da;
        let table = all(&details, "table")
            .into_iter()
            .find(|t| text(&t.query_selector("caption").unwrap().unwrap()) == *label);
        match table {
            None => assert_eq!(count, 0, "{sector:?} has a table"),
            Some(table) => assert_eq!(all(&table, "tbody tr").len(), count, "{sector:?}"),
        }
    }
    let page = text(&details);
    assert!(page.contains("Ingen datoer"), "Gældsrådgivning has none");
    assert!(page.contains("1. oktober 2025"));
    el.remove();
}

#[wasm_bindgen_test]
async fn in_english_the_areas_and_months_are_english() {
    let plan = sample_plan("mor-med-angst");
    let (el, _handle) = on_timeline("tl-en", plan).await;
    button_by_text(&el, "English").click();
    tick().await;
    let heading = el.query_selector(".hp-section > h2").unwrap().unwrap();
    assert_eq!(text(&heading), "Timeline");
    assert!(text(&band(&el, Sector::Social)).starts_with("Social services"));
    let axis = text(&el.query_selector(".hp-tl-axis").unwrap().unwrap());
    assert!(axis.contains("Today"), "{axis}");
    assert!(axis.contains("Oct") || axis.contains("May"), "{axis}");
    let name = bar(&el, "Bostøtte hjemme hos Sara")
        .get_attribute("aria-label")
        .unwrap();
    assert!(name.contains("8 September 2025 to 31 March 2026"), "{name}");
    el.remove();
}

#[wasm_bindgen_test]
async fn a_plan_of_2000_interventions_shows_a_page_per_sector_and_more_on_request() {
    let plan = helhedsplan::model::generate::synthetic_plan(300, 2000, 7);
    let (el, key) = host("tl-scale");
    let _handle = mount_plan(&el, &key, plan.clone());
    tick().await;
    let started = js_sys::Date::now();
    open_section(&el, "Tidslinje").await;
    next_frame().await;
    let took = js_sys::Date::now() - started;
    web_sys::console::log_1(
        &format!("timeline of 2,000 interventions: opened in {took:.0} ms").into(),
    );
    let social = band(&el, Sector::Social);
    let total = dated_in(&plan, Sector::Social);
    assert!(total > 30);
    assert_eq!(all(&social, "button.hp-tl-bar").len(), 30);
    assert!(text(&social).contains(&format!("Viser 30 af {total}.")));
    let started = js_sys::Date::now();
    button_by_text(&social, "Vis 30 flere").click();
    tick().await;
    let more = js_sys::Date::now() - started;
    web_sys::console::log_1(&format!("timeline: 30 more bars in {more:.0} ms").into());
    let social = band(&el, Sector::Social);
    assert_eq!(all(&social, "button.hp-tl-bar").len(), 60);
    assert!(
        wait_for(|| focused_id().ends_with("tl-more-social")).await,
        "focus stays on the button"
    );
    el.remove();
}

/// A plan whose interventions run from this year to `far` and from `far` to this
/// year, with a follow-up meeting, a decision, a goal's target, a rating and a consent
/// on that date: what a case system's "no end" (9999-12-31) or chrono's own limits
/// put into a plan.
fn plan_reaching(far: chrono::NaiveDate) -> Plan {
    let year = chrono::Datelike::year(&chrono::Local::now().date_naive());
    let mut long = dated(
        Sector::Social,
        "Bostøtte uden slut",
        "bostoette",
        (year, 1, 10),
        (year, 6, 30),
    );
    long.period.end = Some(far);
    long.decision.date = Some(far);
    let mut early = dated(
        Sector::Health,
        "Behandling fra altid",
        "psykiatrisk_behandling",
        (year, 1, 1),
        (year, 9, 30),
    );
    early.period.start = Some(far.min(early.period.start.unwrap()));
    let by = Actor::new(Role::Caseworker, "Jonas Holm");
    let mut goal = helhedsplan::model::Goal::new(
        helhedsplan::model::GoalLevel::Goal,
        "Have et arbejde",
        &by,
        Utc::now(),
    );
    goal.life_area = Some("arbejde_uddannelse".into());
    goal.target_date = Some(far);
    let mut plan = Plan::new("Prøveplan");
    plan.ratings = vec![helhedsplan::model::Rating {
        id: helhedsplan::model::RatingId::new(),
        goal: goal.id,
        date: far,
        value: 1,
        perspective: helhedsplan::model::Perspective::Citizen,
        rated_by: by.clone(),
        comment: String::new(),
    }];
    plan.goals = vec![goal];
    plan.consents = vec![helhedsplan::model::Consent {
        id: helhedsplan::model::ConsentId::new(),
        kind: helhedsplan::model::ConsentKind::Plan,
        parties: vec![],
        scope: "Planen".into(),
        given: far,
        withdrawn: Some(far),
        uses: vec![],
        categories: vec![],
        given_by: vec![],
        expires: None,
        form: None,
        recorded_by: String::new(),
    }];
    plan.interventions = vec![long, early];
    plan.follow_ups = vec![helhedsplan::model::FollowUp {
        id: helhedsplan::model::FollowUpId::new(),
        date: far,
        participants: vec![],
        agreements: String::new(),
        results: vec![],
        next_date: Some(far),
    }];
    plan
}

/// Opens Tidslinje from the navigation as a user would; returns how long until the
/// heading and the bar were on screen, in ms.
async fn open_timeline_timed(el: &HtmlElement, title: &str) -> f64 {
    let started = js_sys::Date::now();
    open_section(el, "Tidslinje").await;
    next_frame().await;
    let heading = el.query_selector(".hp-section > h2").unwrap().unwrap();
    assert_eq!(text(&heading), "Tidslinje");
    let _ = bar(el, title);
    js_sys::Date::now() - started
}

/// The axis' pieces: years, months, grid lines.
fn axis_elements(el: &Element) -> usize {
    all(el, ".hp-tl-year, .hp-tl-month, .hp-tl-gridline").len()
}

#[wasm_bindgen_test]
async fn a_no_end_date_of_9999_opens_at_once_with_a_short_axis_and_says_so() {
    let far = chrono::NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();
    let (el, key) = host("tl-9999");
    let _handle = mount_plan(&el, &key, plan_reaching(far));
    tick().await;
    let took = open_timeline_timed(&el, "Bostøtte uden slut").await;
    let pieces = axis_elements(&el);
    web_sys::console::log_1(
        &format!("timeline reaching 9999: opened in {took:.0} ms, {pieces} axis elements").into(),
    );
    // Twenty years around today at most: ~245 months, as many grid lines, ~22 years.
    assert!(pieces <= 2 * 245 + 25, "{pieces} axis elements");
    assert!(took < 1000.0, "opened in {took:.0} ms");
    let name = bar(&el, "Bostøtte uden slut")
        .get_attribute("aria-label")
        .unwrap();
    assert!(name.contains("til 31. december 9999"), "{name}");
    assert!(
        name.contains("Nogle af datoerne ligger uden for det, tidslinjen viser."),
        "{name}"
    );
    let note = el
        .query_selector(".hp-tl-beyond[role=note]")
        .unwrap()
        .expect("a note on the dates beyond the axis");
    let said = text(&note);
    assert!(
        said.contains("højst 10 år før og 10 år efter i dag"),
        "{said}"
    );
    assert!(said.contains("opfølgningsmøde 31. december 9999"), "{said}");
    el.remove();
}

#[wasm_bindgen_test]
async fn chrono_s_first_and_last_days_do_not_abort_the_editor() {
    for far in [chrono::NaiveDate::MAX, chrono::NaiveDate::MIN] {
        let (el, key) = host("tl-limits");
        let _handle = mount_plan(&el, &key, plan_reaching(far));
        tick().await;
        let took = open_timeline_timed(&el, "Behandling fra altid").await;
        let pieces = axis_elements(&el);
        web_sys::console::log_1(
            &format!("timeline reaching {far}: opened in {took:.0} ms, {pieces} axis elements")
                .into(),
        );
        assert!(pieces <= 2 * 245 + 25, "{far}: {pieces} axis elements");
        assert!(took < 1000.0, "{far}: opened in {took:.0} ms");
        assert!(
            el.query_selector(".hp-tl-beyond[role=note]")
                .unwrap()
                .is_some(),
            "{far}: the note"
        );
        // The editor still answers, and every other part shows the same dates too.
        for section in [
            "Overblik",
            "Mål",
            "Indsatser",
            "Samtykke",
            "Opfølgning",
            "Sammenhæng",
            "Afgørelse",
            "Godkendelse",
        ] {
            open_section(&el, section).await;
            next_frame().await;
            let heading = el.query_selector(".hp-section > h2").unwrap().unwrap();
            assert_eq!(text(&heading), section, "{far}");
        }
        el.remove();
    }
}
