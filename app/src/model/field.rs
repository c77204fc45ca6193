//! Every form field's key, spelled once: validation reports errors under it, pages attach those
//! errors to the field with it, and tests assert on it.

/// Declares the field keys with `key` (the spelling on the wire) and `ALL`.
macro_rules! fields {
    ($($(#[$m:meta])* $variant:ident => $key:literal),+ $(,)?) => {
        /// A form field, as validation errors name it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Field { $($(#[$m])* $variant),+ }

        impl Field {
            pub const ALL: &'static [Field] = &[$(Field::$variant),+];

            pub const fn key(self) -> &'static str {
                match self { $(Field::$variant => $key),+ }
            }
        }
    };
}

fields! {
    // A person (application, invitation, profile)
    FamilyName => "family_name",
    GivenName => "given_name",
    FamilyNameKana => "family_name_kana",
    GivenNameKana => "given_name_kana",
    RomanizedName => "romanized_name",
    Email => "email",
    Password => "password",
    PasswordConfirm => "password_confirm",
    Locale => "locale",
    TimeZone => "time_zone",
    // Changing or resetting a password
    CurrentPassword => "current_password",
    NewPassword => "new_password",
    NewPasswordConfirm => "new_password_confirm",
    // Two-step verification
    Code => "code",
    // A thread and its posts
    Category => "category_id",
    Title => "title",
    Body => "body",
    // A membership application's organization
    OrgKind => "org_kind",
    OrgNameJa => "org_name_ja",
    OrgNameEn => "org_name_en",
    Country => "country",
    Website => "website",
    // An organization's profile
    NameJa => "name_ja",
    NameEn => "name_en",
    Prefecture => "prefecture",
    Specialties => "specialties",
    Languages => "languages",
    DescriptionJa => "description_ja",
    DescriptionEn => "description_en",
    // Inviting a colleague; deciding an application; an account's status
    Role => "role",
    Reason => "reason",
    Note => "note",
    Action => "action",
    Template => "template",
    /// How many days a member is silenced.
    Period => "days",
    Status => "status",
    // A search box
    Query => "q",
    // An event, its programme and its registration questions
    Kind => "kind",
    Format => "format",
    Visibility => "visibility",
    TitleJa => "title_ja",
    TitleEn => "title_en",
    StartsAt => "starts_at",
    EndsAt => "ends_at",
    VenueJa => "venue_ja",
    VenueEn => "venue_en",
    Address => "address",
    OnlineUrl => "online_url",
    Capacity => "capacity",
    OrganizationLimit => "organization_limit",
    OpensAt => "opens_at",
    ClosesAt => "closes_at",
    Sessions => "sessions",
    Speakers => "speakers",
    Questions => "questions",
    LabelJa => "label_ja",
    LabelEn => "label_en",
    Options => "options",
    /// The organizations invited to an event.
    Invited => "invited",
    // A symposium digest
    SummaryJa => "summary_ja",
    SummaryEn => "summary_en",
    KeyPointsJa => "key_points_ja",
    KeyPointsEn => "key_points_en",
    Materials => "materials",
    /// A registrant's answers to the event's questions (`answers.q12`).
    Answers => "answers",
    // A globalization project
    Direction => "direction",
    Region => "region",
    Partners => "partners",
    Phase => "phase",
    Support => "support",
    /// What an organization asking to join a project brings.
    Contribution => "contribution",
    /// A milestone's due date.
    DueOn => "due_on",
    // An inbound referral and its answers
    Specialty => "specialty",
    Summary => "summary",
    Urgency => "urgency",
    /// The start of a desired period; the earliest date an institution could receive a patient.
    Earliest => "earliest",
    Latest => "latest",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_distinct() {
        let mut keys: Vec<&str> = Field::ALL.iter().map(|f| f.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), Field::ALL.len());
    }
}
