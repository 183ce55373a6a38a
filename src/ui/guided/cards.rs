//! The illustrated life-area cards: a simple drawing and plain words for every life area of
//! both catalogues. The drawings are inline SVG shipped in the bundle (no files to fetch,
//! no HTML strings), decorative (`aria-hidden`): the card's words say what it is.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::ui::state::use_editor;

/// One stroke of a drawing on a 48×48 grid: a path, a circle (cx, cy, r) or a rounded
/// rectangle (x, y, width, height, corner).
enum Stroke {
    Path(&'static str),
    Circle(u8, u8, u8),
    Rect(u8, u8, u8, u8, u8),
}

use Stroke::{Circle, Path, Rect};

const HOUSE: Stroke = Path("M6 22L24 8l18 14M11 19v21h26V19");
const SMALL_HEART: Stroke =
    Path("M24 36s-6-3.5-6-7.5a3 3 0 0 1 6-1 3 3 0 0 1 6 1c0 4-6 7.5-6 7.5z");

/// The drawing for a life area's code; a plain dot for a code no drawing knows (a host's
/// own catalogue).
fn strokes(code: &str) -> &'static [Stroke] {
    match code {
        // Tanker og følelser: a thought bubble.
        "mentale_funktioner" => &[
            Path("M15 31a8 8 0 0 1 0-16 10 10 0 0 1 18-3 8 8 0 0 1 1 19z"),
            Circle(14, 37, 3),
            Circle(8, 43, 2),
        ],
        // Helbred: a heart with a pulse.
        "sundhedsforhold" => &[
            Path("M24 41s-15-9-15-19a8 8 0 0 1 15-5 8 8 0 0 1 15 5c0 10-15 19-15 19z"),
            Path("M12 24h7l3-5 4 9 3-4h7"),
        ],
        // Krop: a person.
        "fysiske_funktioner" => &[Circle(24, 9, 5), Path("M24 15v14M13 21h22M24 29l-7 14M24 29l7 14")],
        // Være sammen med andre: two people.
        "sociale_forhold" => &[
            Circle(16, 15, 5),
            Circle(32, 15, 5),
            Path("M6 40c0-7 4-12 10-12s10 5 10 12M22 40c0-7 4-12 10-12s10 5 10 12"),
        ],
        // Familie og venner: two people and a heart.
        "relationer" => &[
            Circle(13, 14, 5),
            Circle(35, 14, 5),
            Path("M4 38c0-7 4-12 9-12 3 0 5 1 6 3M44 38c0-7-4-12-9-12-3 0-5 1-6 3"),
            Path("M24 44s-7-4-7-9a3.5 3.5 0 0 1 7-1 3.5 3.5 0 0 1 7 1c0 5-7 9-7 9z"),
        ],
        // Tale og forstå: a speech bubble.
        "kommunikation" => &[Path("M7 9h34v23H21l-9 8v-8H7z"), Path("M14 17h20M14 24h13")],
        // Komme rundt: a bus.
        "mobilitet" => &[
            Rect(10, 7, 28, 30, 4),
            Path("M10 24h28M16 37v5M32 37v5"),
            Circle(17, 31, 2),
            Circle(31, 31, 2),
        ],
        // Passe på mig selv: a warm cup.
        "egenomsorg" => &[
            Path("M9 20h25v9a10 10 0 0 1-10 10h-5A10 10 0 0 1 9 29z"),
            Path("M34 23h3a4 4 0 0 1 0 8h-3M17 6c-2 3 2 5 0 9M26 6c-2 3 2 5 0 9"),
        ],
        // Fritid og fællesskab: a tree.
        "samfundsliv" => &[Circle(24, 17, 11), Path("M24 28v16M17 44h14")],
        // Hverdag: a pot on the stove.
        "praktiske_opgaver" => &[
            Path("M11 21v13a6 6 0 0 0 6 6h14a6 6 0 0 0 6-6V21z"),
            Path("M5 21h38M20 15c0-4 8-4 8 0"),
        ],
        // Der hvor jeg bor: a place on a map.
        "omgivelser" => &[
            Path("M24 44S11 31 11 20a13 13 0 0 1 26 0c0 11-13 24-13 24z"),
            Circle(24, 20, 5),
        ],
        // Arbejde og skole: a bag for work.
        "arbejde_uddannelse" => &[Rect(6, 15, 36, 25, 3), Path("M18 15v-5h12v5M6 26h36")],
        // Penge og bolig: a house with a coin.
        "oekonomi_bolig" => &[HOUSE, Circle(24, 30, 5)],
        // Vokse op: a sprout.
        "udvikling_adfaerd" => &[
            Path("M24 42V22M24 22c0-8-6-12-14-12 0 8 6 12 14 12zM24 28c0-6 5-10 12-10 0 6-5 10-12 10z"),
            Path("M14 42h20"),
        ],
        // Skole og læring: an open book.
        "dagtilbud_skole_laering" => {
            &[Path("M24 12c-5-3-11-4-18-3v28c7-1 13 0 18 3 5-3 11-4 18-3V9c-7-1-13 0-18 3zM24 12v28")]
        }
        // Fritid og venner: a ball.
        "fritid_venskaber" => &[
            Circle(24, 24, 16),
            Path("M8 24h32M24 8c-6 5-6 27 0 32M24 8c6 5 6 27 0 32"),
        ],
        // Tryg hjemme: a house with a heart.
        "trygt_omsorgsmiljoe" => &[HOUSE, SMALL_HEART],
        // Lære nyt hjemme: a light bulb.
        "stimulering_vejledning" => &[Path("M18 32c0-4-6-7-6-14a12 12 0 0 1 24 0c0 7-6 10-6 14zM19 38h10M21 43h6")],
        // Kontakt med andre: a phone.
        "understoettelse_relationer" => &[Rect(15, 5, 18, 38, 3), Path("M21 37h6")],
        // Familien: two grown-ups and a child.
        "familieforhold_baggrund" => &[
            Circle(13, 12, 4),
            Circle(35, 12, 4),
            Circle(24, 24, 3),
            Path("M6 38c0-8 3-15 7-15s7 7 7 15M28 38c0-8 3-15 7-15s7 7 7 15M19 43c0-6 2-11 5-11s5 5 5 11"),
        ],
        // Bolig, job og penge: a pile of coins.
        "bolig_beskaeftigelse_oekonomi" => &[
            Path("M12 14a12 5 0 1 0 24 0a12 5 0 1 0-24 0"),
            Path("M12 14v8c0 3 5 5 12 5s12-2 12-5v-8M12 22v8c0 3 5 5 12 5s12-2 12-5v-8"),
        ],
        // Folk omkring os: people linked together.
        "socialt_netvaerk" => &[
            Circle(24, 11, 5),
            Circle(10, 35, 5),
            Circle(38, 35, 5),
            Path("M21 16l-8 14M27 16l8 14M15 35h18"),
        ],
        _ => &[Circle(24, 24, 6)],
    }
}

/// A life area's drawing, decorative.
pub fn card_icon(code: &str) -> impl IntoView {
    let shapes = strokes(code)
        .iter()
        .map(|stroke| match *stroke {
            Path(d) => view! { <path d=d /> }.into_any(),
            Circle(cx, cy, r) => view! { <circle cx=cx cy=cy r=r /> }.into_any(),
            Rect(x, y, w, h, rx) => view! { <rect x=x y=y width=w height=h rx=rx /> }.into_any(),
        })
        .collect_view();
    view! {
        <svg
            class="hp-area-card-icon"
            viewBox="0 0 48 48"
            aria-hidden="true"
            focusable="false"
            fill="none"
            stroke="currentColor"
            stroke-width="3"
            stroke-linecap="round"
            stroke-linejoin="round"
        >
            {shapes}
        </svg>
    }
}

/// The card's plain words for a life area, or the catalogue's name for an area no card names.
pub fn card_name(lang: Lang, code: &str) -> String {
    let state = use_editor();
    lang.guided()
        .card_name(code)
        .map(str::to_string)
        .unwrap_or_else(|| {
            state
                .host
                .catalogue
                .with_untracked(|catalogue| lang.life_area_name(catalogue, code))
        })
}

/// "Vælg et kort": one card per life area of the catalogue in use, as radio buttons (arrow
/// keys move between them; each card's words are its label).
#[component]
pub fn CardChoice(
    /// Unique per goal: the radio group's name and the prefix of its ids.
    group: String,
    #[prop(into)] chosen: Signal<Option<String>>,
    on_choose: impl Fn(String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_editor();
    let lang = move || state.host.lang.get();
    let codes = Memo::new(move |_| {
        state.host.catalogue.with(|c| {
            c.life_areas
                .iter()
                .map(|a| a.code.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <fieldset class="hp-area-cards">
            <legend>{move || lang().guided().choose_card}</legend>
            <div class="hp-area-card-grid">
                {move || {
                    let group = group.clone();
                    codes
                        .get()
                        .into_iter()
                        .map(|code| {
                            let id = state.dom_id(&format!("{group}-{code}"));
                            let value = code.clone();
                            let label_for = id.clone();
                            let code_for_class = code.clone();
                            let chosen_class = move || chosen.with(|c| c.as_deref() == Some(code_for_class.as_str()));
                            let is_chosen = {
                                let code = code.clone();
                                move || chosen.with(|c| c.as_deref() == Some(code.as_str()))
                            };
                            let name = {
                                let code = code.clone();
                                move || card_name(lang(), &code)
                            };
                            view! {
                                <label class="hp-area-card" class:hp-area-card-chosen=chosen_class for=label_for>
                                    <input
                                        type="radio"
                                        class="hp-area-card-radio"
                                        id=id
                                        name=state.dom_id(&group)
                                        value=value.clone()
                                        prop:checked=is_chosen
                                        on:change=move |_| on_choose(value.clone())
                                    />
                                    {card_icon(&code)}
                                    <span class="hp-area-card-name">{name}</span>
                                </label>
                            }
                        })
                        .collect_view()
                }}
            </div>
        </fieldset>
    }
}
