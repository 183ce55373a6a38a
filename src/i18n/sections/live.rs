//! Strings of live co-authoring (`collab-url`): the connection's status line, who else is
//! here, and what happened when this device joined a room.

use crate::i18n::Lang;

pub struct LiveTexts {
    /// Label of the status line (screen readers hear it before the status).
    pub status_label: &'static str,
    pub connecting: &'static str,
    pub online: &'static str,
    /// Offline, with this many of the user's changes kept on this device.
    pub offline: fn(u32) -> String,
    /// Back online: this many changes made meanwhile went into the shared plan.
    pub merged: fn(u32) -> String,
    /// The server would not let this device in (a wrong or expired access token).
    pub refused: &'static str,
    /// The server answered with something that is not the shared plan.
    pub garbled: &'static str,
    /// The shared plan is in a newer format than this editor reads: read-only.
    pub newer: &'static str,
    /// The room held another plan than the one on this device: that one was kept aside.
    pub joined_other_plan: &'static str,
    /// The changes could not be kept on this device (storage full or off).
    pub not_stored: &'static str,
    /// "Here now:" before the list of people.
    pub here_now: &'static str,
    /// One person here: name, role, and where in the plan.
    pub peer: fn(&str, &str, Option<&str>) -> String,
    /// The marker on an item someone else is editing.
    pub editing: fn(&str) -> String,
    /// This build has no co-authoring, but the host asked for it.
    pub not_in_build: &'static str,
    /// Changes someone made while the plan was being approved: not in the approved
    /// version, kept for the next one.
    pub late_edits: fn(usize) -> String,
}

static DA: LiveTexts = LiveTexts {
    status_label: "Fælles plan:",
    connecting: "Forbinder …",
    online: "Forbundet. Alle ser de samme ændringer.",
    offline: |waiting| match waiting {
        0 => "Ingen forbindelse. Du kan skrive videre; dine ændringer bliver gemt her og sendt, når forbindelsen er tilbage.".to_string(),
        1 => "Ingen forbindelse. 1 ændring venter på at blive sendt. Den er gemt her.".to_string(),
        n => format!("Ingen forbindelse. {n} ændringer venter på at blive sendt. De er gemt her."),
    },
    merged: |merged| match merged {
        1 => "Forbundet igen. Din ændring er nu med i den fælles plan.".to_string(),
        n => format!("Forbundet igen. Dine {n} ændringer er nu med i den fælles plan."),
    },
    refused: "Serveren lukkede ikke op for dig. Adgangen er måske udløbet. Dine ændringer er gemt her. Genindlæs siden, eller kontakt kommunen.",
    garbled: "Serveren sendte noget, der ikke er en del af planen. Det er ikke brugt. Din plan er uændret.",
    newer: "Den fælles plan er lavet med en nyere udgave af programmet. Du kan læse den, men ikke ændre den her. Genindlæs siden for at få den nye udgave.",
    joined_other_plan: "Den fælles plan er en anden end den, der lå på denne enhed. Du ser nu den fælles plan. Den anden er gemt til side.",
    not_stored: "Dine ændringer kunne ikke gemmes på denne enhed (lageret er fuldt). De bliver sendt, så snart der er forbindelse.",
    here_now: "Her nu:",
    peer: |name, role, place| match place {
        Some(place) => format!("{name} ({role}) – i {place}"),
        None => format!("{name} ({role})"),
    },
    editing: |name| format!("{name} skriver her"),
    not_in_build: "Denne udgave af programmet kan ikke skrive i en fælles plan. Siden skal hente den udgave, der kan.",
    late_edits: |n| match n {
        1 => "En ændring blev lavet, mens planen blev godkendt. Den er ikke med i den godkendte plan, men den er gemt og kommer med i næste udgave.".to_string(),
        n => format!("{n} ændringer blev lavet, mens planen blev godkendt. De er ikke med i den godkendte plan, men de er gemt og kommer med i næste udgave."),
    },
};

static EN: LiveTexts = LiveTexts {
    status_label: "Shared plan:",
    connecting: "Connecting …",
    online: "Connected. Everyone sees the same changes.",
    offline: |waiting| match waiting {
        0 => "No connection. You can go on writing; your changes are kept here and sent when the connection is back.".to_string(),
        1 => "No connection. 1 change is waiting to be sent. It is kept here.".to_string(),
        n => format!("No connection. {n} changes are waiting to be sent. They are kept here."),
    },
    merged: |merged| match merged {
        1 => "Connected again. Your change is now in the shared plan.".to_string(),
        n => format!("Connected again. Your {n} changes are now in the shared plan."),
    },
    refused: "The server did not let you in. Your access may have expired. Your changes are kept here. Reload the page, or contact the municipality.",
    garbled: "The server sent something that is not part of the plan. It was not used. Your plan is unchanged.",
    newer: "The shared plan was made with a newer version of the program. You can read it, but not change it here. Reload the page to get the new version.",
    joined_other_plan: "The shared plan is another than the one on this device. You now see the shared plan. The other one is kept aside.",
    not_stored: "Your changes could not be kept on this device (storage is full). They are sent as soon as there is a connection.",
    here_now: "Here now:",
    peer: |name, role, place| match place {
        Some(place) => format!("{name} ({role}) – in {place}"),
        None => format!("{name} ({role})"),
    },
    editing: |name| format!("{name} is writing here"),
    not_in_build: "This version of the program cannot write in a shared plan. The page must load the version that can.",
    late_edits: |n| match n {
        1 => "A change was made while the plan was being approved. It is not in the approved plan, but it is kept and will be in the next version.".to_string(),
        n => format!("{n} changes were made while the plan was being approved. They are not in the approved plan, but they are kept and will be in the next version."),
    },
};

impl Lang {
    pub fn live(self) -> &'static LiveTexts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}
