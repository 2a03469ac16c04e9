//! Placeholder signatures of the i18n layer (being written on the `i18n` branch).
use crate::domain::money::{Currency, Money};
use crate::error::{Error, Result};
use chrono::NaiveDate;
use rust_decimal::Decimal;
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang { En, Hi, Bn, Th }
impl Lang { pub fn from_code(s: &str) -> Option<Lang> { match s { "en" => Some(Lang::En), "hi" => Some(Lang::Hi), "bn" => Some(Lang::Bn), "th" => Some(Lang::Th), _ => None } } }
pub fn normalize_digits(s: &str) -> String { s.to_string() }
pub fn parse_amount(input: &str, currency: Currency, field: &str) -> Result<Money> { Money::parse_plain(input, currency).map_err(|e| Error::from_amount(field, input, e)) }
pub fn parse_date(input: &str, _lang: Lang, field: &str) -> Result<NaiveDate> { NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d").map_err(|_| Error::InvalidDate { field: field.into(), input: input.into() }) }
pub fn parse_rate(input: &str, field: &str) -> Result<Decimal> { input.trim().parse().map_err(|_| Error::InvalidNumber { field: field.into(), input: input.into() }) }
pub fn parse_count(input: &str, field: &str) -> Result<u32> { input.trim().parse().map_err(|_| Error::InvalidNumber { field: field.into(), input: input.into() }) }
