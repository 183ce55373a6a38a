//! Who a text speaks to. The citizen is addressed as "du" ("Er du enig?"); a caseworker
//! or another professional reads about her ("Er borgeren enig?"). A text whose reader
//! changes its words is a [`Voiced`] pair: both forms are fields of one value, so a
//! missing form is a compile error, and the UI picks one from the writer's role
//! (`HostSettings::voice`), reactively, so switching "Hvem skriver?" changes it at once.

use crate::model::Role;

/// The reader a text is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// The citizen reads: "du", "dig", "din".
    Citizen,
    /// A caseworker or another professional reads: "borgeren".
    Professional,
}

impl Voice {
    pub const ALL: [Voice; 2] = [Voice::Citizen, Voice::Professional];

    /// The voice for whoever writes in the editor now.
    pub fn of(role: Role) -> Voice {
        match role {
            Role::Citizen => Voice::Citizen,
            Role::Caseworker | Role::Professional => Voice::Professional,
        }
    }
}

/// One text in both voices: `citizen` speaks to her, `professional` about her.
#[derive(Clone, Copy)]
pub struct Voiced<T> {
    pub citizen: T,
    pub professional: T,
}

impl<T: Copy> Voiced<T> {
    /// The form for this reader.
    pub fn to(&self, voice: Voice) -> T {
        match voice {
            Voice::Citizen => self.citizen,
            Voice::Professional => self.professional,
        }
    }
}
