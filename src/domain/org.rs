//! Organisations, members and the closed vocabularies they are described with (kind, country,
//! frequency, role, attendance). Each vocabulary has a stable code used in SQL, JSON and Fluent ids.

use crate::domain::money::Currency;
use chrono::{Datelike, NaiveDate};

/// Declares a closed vocabulary with stable codes (`code()` / `from_code()` / `ALL`).
macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vm])* $variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn code(self) -> &'static str { match self { $($name::$variant => $code),+ } }
            pub fn from_code(s: &str) -> Option<$name> {
                let s = s.trim().replace('_', "-").to_ascii_lowercase();
                match s.as_str() { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary!(
    /// What kind of community fund keeps this book.
    OrgKind {
        Shg = "shg",
        VillageOrganisation = "village-organisation",
        VillageFund = "village-fund",
        SavingsGroup = "savings-group",
        Cooperative = "cooperative",
        WelfareClub = "welfare-club",
        /// A savings group run the VSLA way: shares each meeting, a social fund, a share-out.
        Vsla = "vsla",
        ClusterFederation = "cluster-federation",
        CooperativeOffice = "cooperative-office",
        FundCentre = "fund-centre",
    }
);

vocabulary!(Country { India = "in", Bangladesh = "bd", Thailand = "th" });

vocabulary!(MeetingFrequency { Weekly = "weekly", Fortnightly = "fortnightly", Monthly = "monthly" });

vocabulary!(Role { President = "president", Secretary = "secretary", Treasurer = "treasurer", Member = "member" });

vocabulary!(Attendance { Present = "present", Late = "late", AbsentWithLeave = "absent-with-leave", Absent = "absent" });

impl Country {
    pub fn currency(self) -> Currency {
        match self {
            Country::India => Currency::Inr,
            Country::Bangladesh => Currency::Bdt,
            Country::Thailand => Currency::Thb,
        }
    }
    /// The default fiscal year start (month, day): India 1 April, Bangladesh 1 July, Thailand
    /// 1 January (a Thai fund sets its own year; the calendar year is the common choice).
    pub fn default_fiscal_start(self) -> (u32, u32) {
        match self {
            Country::India => (4, 1),
            Country::Bangladesh => (7, 1),
            Country::Thailand => (1, 1),
        }
    }
    pub fn default_lang(self) -> &'static str {
        match self {
            Country::India => "hi",
            Country::Bangladesh => "bn",
            Country::Thailand => "th",
        }
    }
}

impl MeetingFrequency {
    /// Meetings expected between two dates inclusive, counted from `first` (for the Panchsutra
    /// "meetings held vs expected" indicator).
    pub fn expected_between(self, first: NaiveDate, to: NaiveDate) -> i64 {
        if to < first {
            return 0;
        }
        match self {
            MeetingFrequency::Weekly => (to - first).num_days() / 7 + 1,
            MeetingFrequency::Fortnightly => (to - first).num_days() / 14 + 1,
            MeetingFrequency::Monthly => {
                let months = (to.year() - first.year()) as i64 * 12 + to.month() as i64 - first.month() as i64;
                months + if to.day() >= first.day() { 1 } else { 0 }
            }
        }
    }
}

/// The fiscal year a date falls in, named by the calendar year in which it starts
/// (FY 2025 = 1 Apr 2025 – 31 Mar 2026 for India).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FiscalYear {
    pub start_year: i32,
    pub start_month: u32,
    pub start_day: u32,
}

/// Its label ("2025-26", "2026"), as logs and English text write it.
impl std::fmt::Display for FiscalYear {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

impl FiscalYear {
    pub fn containing(date: NaiveDate, start_month: u32, start_day: u32) -> FiscalYear {
        let this_start = NaiveDate::from_ymd_opt(date.year(), start_month, start_day).expect("valid fiscal start");
        let start_year = if date >= this_start { date.year() } else { date.year() - 1 };
        FiscalYear { start_year, start_month, start_day }
    }
    pub fn start(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.start_year, self.start_month, self.start_day).expect("valid fiscal start")
    }
    pub fn end(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.start_year + 1, self.start_month, self.start_day).expect("valid fiscal start").pred_opt().expect("date")
    }
    /// "2025-26" for a year that spans two calendar years, "2025" for a calendar year.
    pub fn label(self) -> String {
        if self.start_month == 1 && self.start_day == 1 {
            self.start_year.to_string()
        } else {
            format!("{}-{:02}", self.start_year, (self.start_year + 1) % 100)
        }
    }
}

/// An organisation as the domain sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub kind: OrgKind,
    pub country: Country,
    pub currency: Currency,
    pub lang: String,
    pub fiscal_start_month: u32,
    pub fiscal_start_day: u32,
    pub meeting_frequency: MeetingFrequency,
    pub formed_on: NaiveDate,
    pub parent_id: Option<i64>,
    pub place: String,
}

impl Organisation {
    pub fn fiscal_year(&self, date: NaiveDate) -> FiscalYear {
        FiscalYear::containing(date, self.fiscal_start_month, self.fiscal_start_day)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub id: i64,
    pub org_id: i64,
    pub admission_no: String,
    pub name: String,
    pub role: Role,
    pub joined_on: NaiveDate,
    pub exited_on: Option<NaiveDate>,
    pub nominee: Option<String>,
}

impl Member {
    pub fn is_active_on(&self, date: NaiveDate) -> bool {
        self.joined_on <= date && self.exited_on.map_or(true, |e| date <= e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fiscal_years_follow_the_country() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
        let fy = FiscalYear::containing(d, 4, 1);
        assert_eq!(fy.label(), "2025-26");
        assert_eq!(fy.start(), NaiveDate::from_ymd_opt(2025, 4, 1).unwrap());
        assert_eq!(fy.end(), d);
        let bd = FiscalYear::containing(NaiveDate::from_ymd_opt(2025, 7, 1).unwrap(), 7, 1);
        assert_eq!(bd.label(), "2025-26");
        let th = FiscalYear::containing(NaiveDate::from_ymd_opt(2025, 7, 1).unwrap(), 1, 1);
        assert_eq!(th.label(), "2025");
    }

    #[test]
    fn vocabulary_codes_round_trip() {
        for k in OrgKind::ALL {
            assert_eq!(OrgKind::from_code(k.code()), Some(*k));
        }
        assert_eq!(Attendance::from_code("absent_with_leave"), Some(Attendance::AbsentWithLeave));
        assert_eq!(Country::from_code("xx"), None);
    }

    #[test]
    fn expected_meetings() {
        let a = NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
        let b = NaiveDate::from_ymd_opt(2025, 6, 29).unwrap();
        assert_eq!(MeetingFrequency::Weekly.expected_between(a, b), 13);
        assert_eq!(MeetingFrequency::Monthly.expected_between(a, b), 3);
    }
}
