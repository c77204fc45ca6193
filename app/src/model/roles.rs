//! The Forum's closed sets: roles, statuses, organization kinds and UI locales.

use serde::{Deserialize, Serialize};

/// Declares a string-backed enum with `as_str`, `parse` and `ALL`, so the database, URLs and
/// forms all use the same codes.
macro_rules! code_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($code => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

code_enum!(
    /// What a person may do on the platform; staff and admins are MEJ's own people.
    Role { Member => "member", OrgAdmin => "org_admin", Staff => "staff", Admin => "admin" }
);

code_enum!(
    UserStatus { Pending => "pending", Active => "active", Suspended => "suspended" }
);

code_enum!(
    /// An organization's membership state; `Rejected` keeps the record of a declined application.
    OrgStatus { Pending => "pending", Active => "active", Suspended => "suspended", Rejected => "rejected" }
);

code_enum!(
    OrgKind {
        Hospital => "hospital",
        Clinic => "clinic",
        Association => "association",
        Society => "society",
        Company => "company",
        Government => "government",
        Other => "other",
    }
);

code_enum!(
    Locale { Ja => "ja", En => "en" }
);

impl Role {
    /// Staff and admins run the Forum.
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Staff | Role::Admin)
    }
}

impl Locale {
    /// The best supported locale for an `Accept-Language` header; Japanese when nothing matches.
    pub fn from_accept_language(header: &str) -> Locale {
        let mut best: Option<(f32, Locale)> = None;
        for part in header.split(',') {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = pieces
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|v| v.parse::<f32>().ok())
                })
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or("");
            if let Some(locale) = Locale::parse(primary)
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, locale));
            }
        }
        best.map(|(_, l)| l).unwrap_or(Locale::Ja)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(*r));
        }
        for k in OrgKind::ALL {
            assert_eq!(OrgKind::parse(k.as_str()), Some(*k));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn accept_language_picks_highest_quality_supported() {
        assert_eq!(
            Locale::from_accept_language("en-US,en;q=0.9,ja;q=0.8"),
            Locale::En
        );
        assert_eq!(
            Locale::from_accept_language("fr-FR, ja;q=0.5, en;q=0.3"),
            Locale::Ja
        );
        assert_eq!(Locale::from_accept_language("de"), Locale::Ja);
        assert_eq!(Locale::from_accept_language(""), Locale::Ja);
    }
}
