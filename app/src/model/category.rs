//! The threads' categories as staff manage them: the form (a name in both languages, optional
//! descriptions, whether every new post waits for approval) and the order lists show them in.

use serde::{Deserialize, Serialize};

use super::validation::{max_len, name_text, required};
use super::{CategoryId, Field, FieldError};

pub const CATEGORY_NAME_MAX: u32 = 60;
pub const CATEGORY_DESCRIPTION_MAX: u32 = 500;

/// A new category (`id` empty) or the new state of an existing one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CategoryForm {
    pub id: Option<CategoryId>,
    pub name_ja: String,
    pub name_en: String,
    pub description_ja: String,
    pub description_en: String,
    pub requires_approval: bool,
}

impl CategoryForm {
    /// Both names are required: members read the list in either language.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut e = Vec::new();
        for (field, name) in [
            (Field::NameJa, &self.name_ja),
            (Field::NameEn, &self.name_en),
        ] {
            required(&mut e, field, name);
            name_text(&mut e, field, name.trim(), CATEGORY_NAME_MAX);
        }
        for (field, text) in [
            (Field::DescriptionJa, &self.description_ja),
            (Field::DescriptionEn, &self.description_en),
        ] {
            max_len(&mut e, field, text.trim(), CATEGORY_DESCRIPTION_MAX);
        }
        e
    }

    /// The values as stored: trimmed.
    pub fn normalized(&self) -> CategoryForm {
        CategoryForm {
            id: self.id,
            name_ja: self.name_ja.trim().to_string(),
            name_en: self.name_en.trim().to_string(),
            description_ja: self.description_ja.trim().to_string(),
            description_en: self.description_en.trim().to_string(),
            requires_approval: self.requires_approval,
        }
    }
}

/// Moves a category one place up or down the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryMove {
    pub id: CategoryId,
    pub up: bool,
}

/// The order after `change`: the category swaps places with its neighbour; at either end it
/// stays. `None` when the category is not in the list.
pub fn reordered(order: &[CategoryId], change: CategoryMove) -> Option<Vec<CategoryId>> {
    let at = order.iter().position(|&id| id == change.id)?;
    let mut out = order.to_vec();
    let other = if change.up {
        at.checked_sub(1)
    } else {
        Some(at + 1).filter(|&i| i < order.len())
    };
    if let Some(other) = other {
        out.swap(at, other);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ErrorCode;

    fn ids(list: &[i32]) -> Vec<CategoryId> {
        list.iter().map(|&i| CategoryId(i)).collect()
    }

    fn change(id: i32, up: bool) -> CategoryMove {
        CategoryMove {
            id: CategoryId(id),
            up,
        }
    }

    #[test]
    fn a_category_swaps_with_its_neighbour() {
        let order = ids(&[3, 1, 2]);
        assert_eq!(reordered(&order, change(1, true)), Some(ids(&[1, 3, 2])));
        assert_eq!(reordered(&order, change(1, false)), Some(ids(&[3, 2, 1])));
    }

    #[test]
    fn at_either_end_the_order_stays() {
        let order = ids(&[3, 1, 2]);
        assert_eq!(reordered(&order, change(3, true)), Some(order.clone()));
        assert_eq!(reordered(&order, change(2, false)), Some(order.clone()));
        assert_eq!(reordered(&order, change(9, true)), None);
    }

    #[test]
    fn both_names_are_required_and_bounded() {
        let form = CategoryForm {
            name_ja: "  ".into(),
            name_en: "x".repeat(61),
            description_en: "y".repeat(501),
            ..Default::default()
        };
        let e = form.validate();
        assert_eq!(
            FieldError::codes_of(&e, Field::NameJa),
            vec![ErrorCode::Required]
        );
        assert_eq!(
            FieldError::codes_of(&e, Field::NameEn),
            vec![ErrorCode::TooLong(60)]
        );
        assert_eq!(
            FieldError::codes_of(&e, Field::DescriptionEn),
            vec![ErrorCode::TooLong(500)]
        );
        let ok = CategoryForm {
            name_ja: " 海外展開 ".into(),
            name_en: "Outbound".into(),
            ..Default::default()
        };
        assert!(ok.validate().is_empty());
        assert_eq!(ok.normalized().name_ja, "海外展開");
    }
}
