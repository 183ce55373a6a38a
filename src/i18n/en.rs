use super::{Texts, Voiced};

pub(super) static TEXTS: Texts = Texts {
    language_name: "English",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],

    app_name: "Holistic plan",
    toolbar_label: "Tools",
    language_label: "Language",
    role_label: "Who is writing?",
    role_citizen: "Citizen",
    role_caseworker: "Caseworker",
    role_professional: "Other professional",
    author_name_label: "Your name",
    undo: "Undo",
    redo: "Redo",
    undo_hint: "Undo (Ctrl+Z)",
    redo_hint: "Redo (Ctrl+Shift+Z)",

    saved_locally: "Saved on this computer",
    not_saved: "The plan is not being saved",
    storage_unavailable: "The plan cannot be saved in the browser. Save it as a file so you lose nothing.",
    corrupt_plan_kept: "The saved plan could not be read, so you start with an empty plan. The old plan is not deleted: it is under \u{201c}Copies kept on this device\u{201d} in the menu \u{201c}Save, open and print\u{201d}.",
    plan_too_large: |percent| {
        format!("The plan is getting too large: it takes {percent} % of what the editor can open again. Save a copy as a file, and shorten long texts or remove what you no longer use.")
    },

    plan_title_label: "Plan title",
    plan_title_hint: "E.g. \u{201c}My plan for 2027\u{201d}",
    untitled_plan: "Untitled plan",
    about_me_heading: "About me",
    about_me_intro: Voiced {
        citizen: "Write in your own words what matters to you.",
        professional: "Here the citizen writes in their own words what matters to them.",
    },
    own_words_badge: Voiced { citizen: "Your own words", professional: "The citizen's own words" },
    dreams_label: "What matters most to me",
    dreams_hint: "Your wishes and dreams for the future",
    resources_label: "What I am good at",
    resources_hint: "Your strengths, and who supports you",
    situation_label: "How things are for me right now",
    situation_hint: "Your everyday life, and what is hard",
    citizen_name_label: "My name",
    citizen_name_hint: "The name you want to be called in the plan",

    undone: "Undone",
    redone: "Redone",
    nothing_to_undo: "Nothing to undo",
    nothing_to_redo: "Nothing to redo",
    draft_not_saved: |why| {
        format!("Not saved: {why} What you entered is still in the field, so you can correct it.")
    },
    edit_refused: |why| format!("The change was not saved: {why}"),
};
