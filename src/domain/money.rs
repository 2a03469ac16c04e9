//! Exact money: `Money` over `rust_decimal::Decimal`, currencies, and the one named rounding rule.
//!
//! Architecture invariant: there is no conversion from or to floating point anywhere. Money is
//! built by parsing plain decimal text or from integer minor units, and is stored as minor units.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};
use std::str::FromStr;

/// The currencies the product serves. All three have two minor digits (paise, poisha, satang).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Currency {
    Inr,
    Bdt,
    Thb,
}

impl Currency {
    pub fn code(self) -> &'static str {
        match self {
            Currency::Inr => "INR",
            Currency::Bdt => "BDT",
            Currency::Thb => "THB",
        }
    }
    pub fn from_code(s: &str) -> Option<Currency> {
        match s.to_ascii_uppercase().as_str() {
            "INR" => Some(Currency::Inr),
            "BDT" => Some(Currency::Bdt),
            "THB" => Some(Currency::Thb),
            _ => None,
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            Currency::Inr => "₹",
            Currency::Bdt => "৳",
            Currency::Thb => "฿",
        }
    }
    /// Number of decimal places of the minor unit.
    pub fn minor_digits(self) -> u32 {
        2
    }
}

/// Why a plain decimal text is not an amount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountError {
    /// Not a decimal number at all (letters, two points, empty).
    Malformed,
    /// A minus sign where only zero or more is allowed.
    Negative,
    /// More decimal places than the currency's minor unit.
    TooManyDecimals { digits: u32 },
    /// Beyond what the book stores (i64 minor units, with head room for sums).
    TooLarge,
}

/// An exact amount of money, possibly negative (a balance can be a credit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(Decimal);

/// The bound on a `Money` held as i64 minor units (10^18 minor units = 10^16 units): head room
/// for sums of millions of postings, each at most `MAX_INPUT_MINOR`.
const MAX_MINOR: i64 = 1_000_000_000_000_000;

/// The largest amount typed or imported, in minor units: 10^13 units less one paisa
/// (99,99,99,99,99,999.99 — ten lakh crore rupees, far beyond any group's book). Larger input is
/// refused (`AmountError::TooLarge`, shown as `error-amount-too-large` with this limit), so every
/// amount entered is exact in an Excel cell (`to_excel_number`) and sums stay far below `MAX_MINOR`.
pub const MAX_INPUT_MINOR: i64 = 999_999_999_999_999;

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// From integer minor units (paise): `Money::from_minor(12345)` is 123.45.
    pub fn from_minor(minor: i64) -> Money {
        Money(Decimal::new(minor, 2))
    }

    /// Whole units: `Money::units(500)` is 500.00.
    pub fn units(units: i64) -> Money {
        Money(Decimal::from(units))
    }

    /// From an exact decimal, rounding nothing: fails if it has more than 2 decimals or is too large.
    pub fn from_decimal(d: Decimal) -> Result<Money, AmountError> {
        let n = d.normalize();
        if n.scale() > 2 {
            return Err(AmountError::TooManyDecimals { digits: n.scale() });
        }
        let m = Money(n);
        if m.try_minor().is_none() {
            return Err(AmountError::TooLarge);
        }
        Ok(m)
    }

    /// Parses plain text with Latin digits and an optional single '.', no grouping, no sign
    /// other than a leading '-' (reported as `Negative`), at most `MAX_INPUT_MINOR` (`TooLarge`).
    /// Localized input (native digits, grouping commas) is normalised by `i18n::parse` before it reaches here.
    pub fn parse_plain(s: &str, currency: Currency) -> Result<Money, AmountError> {
        let t = s.trim();
        let (neg, body) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        if body.is_empty() || body.starts_with('.') && body.len() == 1 {
            return Err(AmountError::Malformed);
        }
        let mut dots = 0;
        for c in body.chars() {
            match c {
                '0'..='9' => {}
                '.' => dots += 1,
                _ => return Err(AmountError::Malformed),
            }
        }
        if dots > 1 {
            return Err(AmountError::Malformed);
        }
        let frac = body.split('.').nth(1).unwrap_or("");
        let int = body.split('.').next().unwrap_or("");
        if int.trim_start_matches('0').len() > 13 {
            return Err(AmountError::TooLarge);
        }
        let d = Decimal::from_str(body).map_err(|_| AmountError::Malformed)?;
        if neg && !d.is_zero() {
            return Err(AmountError::Negative);
        }
        let frac_sig = frac.trim_end_matches('0').len() as u32;
        if frac_sig > currency.minor_digits() {
            return Err(AmountError::TooManyDecimals { digits: frac_sig });
        }
        let m = Money::from_decimal(d)?;
        if m.minor().abs() > MAX_INPUT_MINOR {
            return Err(AmountError::TooLarge);
        }
        Ok(m)
    }

    /// The largest amount accepted at input (`MAX_INPUT_MINOR`), for the error that says so.
    pub fn max_input() -> Money {
        Money::from_minor(MAX_INPUT_MINOR)
    }

    /// Integer minor units, if the amount is whole in minor units and fits.
    pub fn try_minor(self) -> Option<i64> {
        let scaled = self.0.checked_mul(Decimal::ONE_HUNDRED)?;
        if !scaled.fract().is_zero() {
            return None;
        }
        let v = scaled.to_i64()?;
        if v.abs() > MAX_MINOR * 1000 {
            return None;
        }
        Some(v)
    }

    /// Integer minor units. Panics only on a broken invariant: every `Money` made through this
    /// module's constructors and rounding is whole in minor units.
    pub fn minor(self) -> i64 {
        self.try_minor().expect("Money is always whole in minor units")
    }

    pub fn decimal(self) -> Decimal {
        self.0
    }
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }
    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }
    pub fn is_positive(self) -> bool {
        self.0.is_sign_positive() && !self.0.is_zero()
    }
    pub fn abs(self) -> Money {
        Money(self.0.abs())
    }
    pub fn max(self, other: Money) -> Money {
        if self >= other { self } else { other }
    }
    pub fn min(self, other: Money) -> Money {
        if self <= other { self } else { other }
    }

    /// The amount as an Excel cell's number, the one deliberate conversion of money to a float
    /// (an .xlsx cell holds an IEEE 754 double; the exact amount stays in the CSV, the journal
    /// and the book).
    ///
    /// Exact to the paisa (satang, poisha) for every amount below 10^13 units (ten lakh crore
    /// rupees, far beyond any group's book): the result is the double nearest the amount (Rust's
    /// float parsing rounds correctly), and such an amount has at most 15 significant digits,
    /// which a double always carries (DBL_DIG = 15: below 10^13 < 2^44 neighbouring doubles are
    /// at most 2^-9 ≈ 0.002 apart, so the nearest double is within 0.001 of the amount, well
    /// inside the half paisa that separates it from the next two-decimal amount). Rounded to two decimals it reads back as the same
    /// amount, and Excel, which shows 15 significant digits, shows it as the book does. Input is
    /// refused above `MAX_INPUT_MINOR`, so every amount entered is exact; only a sum of such
    /// amounts (a total, up to 10^16 units in `Money`) beyond 10^13 may be off in the last minor digit.
    pub fn to_excel_number(&self) -> f64 {
        // `to_plain` is "-?digits.dd", which always parses.
        self.to_plain().parse().unwrap_or(0.0)
    }

    /// Canonical text with exactly two decimals and Latin digits ("1234.50", "-5.00"): the form
    /// that crosses IPC, JSON and CSV-for-machines.
    pub fn to_plain(self) -> String {
        let mut d = self.0;
        // A zero that came from negating zero keeps Decimal's sign bit: never show "-0.00".
        if d.is_zero() {
            d.set_sign_positive(true);
        }
        d.rescale(2);
        d.to_string()
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_plain())
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money(self.0 + o.0)
    }
}
impl Sub for Money {
    type Output = Money;
    fn sub(self, o: Money) -> Money {
        Money(self.0 - o.0)
    }
}
impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}
impl AddAssign for Money {
    fn add_assign(&mut self, o: Money) {
        self.0 += o.0;
    }
}
impl SubAssign for Money {
    fn sub_assign(&mut self, o: Money) {
        self.0 -= o.0;
    }
}
impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, |a, b| a + b)
    }
}
impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, |a, b| a + *b)
    }
}

/// How a computed figure is brought to a whole number of rounding units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundingMode {
    HalfUp,
    HalfEven,
    Truncate,
}

impl RoundingMode {
    pub fn code(self) -> &'static str {
        match self {
            RoundingMode::HalfUp => "half-up",
            RoundingMode::HalfEven => "half-even",
            RoundingMode::Truncate => "truncate",
        }
    }
    pub fn from_code(s: &str) -> Option<RoundingMode> {
        match s {
            "half-up" | "half_up" => Some(RoundingMode::HalfUp),
            "half-even" | "half_even" => Some(RoundingMode::HalfEven),
            "truncate" => Some(RoundingMode::Truncate),
            _ => None,
        }
    }
}

/// The group's rounding rule: a unit (0.01, 1, or a multiple such as 5 or 10) and a mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rounding {
    pub unit: Money,
    pub mode: RoundingMode,
}

impl Rounding {
    pub const PAISA_HALF_UP: Rounding = Rounding { unit: Money(Decimal::from_parts(1, 0, 0, false, 2)), mode: RoundingMode::HalfUp };

    pub fn new(unit: Money, mode: RoundingMode) -> Rounding {
        assert!(unit.is_positive(), "rounding unit must be positive");
        Rounding { unit, mode }
    }

    /// Rounds an exact decimal (an intermediate result such as P·r/n) to a whole number of units.
    pub fn round(self, value: Decimal) -> Money {
        let unit = self.unit.0;
        let q = value / unit;
        let strategy = match self.mode {
            RoundingMode::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            RoundingMode::HalfEven => RoundingStrategy::MidpointNearestEven,
            RoundingMode::Truncate => RoundingStrategy::ToZero,
        };
        let whole = q.round_dp_with_strategy(0, strategy);
        let mut r = (whole * unit).normalize();
        if r.scale() > 2 {
            // A unit finer than the minor unit cannot happen by construction; keep it exact anyway.
            r = r.round_dp_with_strategy(2, strategy);
        }
        Money(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_negated_zero_is_plain_zero() {
        assert_eq!((-Money::ZERO).to_plain(), "0.00");
        assert_eq!((Money::units(5) - Money::units(5)).to_plain(), "0.00");
        assert_eq!((-Money::units(5)).to_plain(), "-5.00");
    }

    #[test]
    fn parses_plain_amounts() {
        assert_eq!(Money::parse_plain("1234.5", Currency::Inr).unwrap().minor(), 123450);
        assert_eq!(Money::parse_plain("0", Currency::Inr).unwrap(), Money::ZERO);
        assert_eq!(Money::parse_plain("12.340", Currency::Inr).unwrap().minor(), 1234);
        assert_eq!(Money::parse_plain("-5", Currency::Inr), Err(AmountError::Negative));
        assert_eq!(Money::parse_plain("1.234", Currency::Inr), Err(AmountError::TooManyDecimals { digits: 3 }));
        assert_eq!(Money::parse_plain("1,234", Currency::Inr), Err(AmountError::Malformed));
        assert_eq!(Money::parse_plain("1.2.3", Currency::Inr), Err(AmountError::Malformed));
        assert_eq!(Money::parse_plain("", Currency::Inr), Err(AmountError::Malformed));
        assert_eq!(Money::parse_plain("99999999999999999999", Currency::Inr), Err(AmountError::TooLarge));
    }

    #[test]
    fn input_is_refused_just_past_the_limit_that_keeps_excel_exact() {
        assert_eq!(MAX_INPUT_MINOR, EXCEL_EXACT_MAX);
        let max = Money::parse_plain("9999999999999.99", Currency::Inr).unwrap();
        assert_eq!(max, Money::max_input());
        assert_eq!(from_excel(max.to_excel_number()), max);
        assert_eq!(Money::parse_plain("0009999999999999.99", Currency::Thb), Ok(max));
        assert_eq!(Money::parse_plain("10000000000000", Currency::Inr), Err(AmountError::TooLarge));
        assert_eq!(Money::parse_plain("10000000000000.00", Currency::Bdt), Err(AmountError::TooLarge));
        assert_eq!(Money::parse_plain("-10000000000000", Currency::Inr), Err(AmountError::TooLarge));
        assert_eq!(Money::parse_plain("-9999999999999.99", Currency::Inr), Err(AmountError::Negative));
    }

    #[test]
    fn rounds_by_rule() {
        let d = Decimal::from_str("1113.265").unwrap();
        assert_eq!(Rounding::PAISA_HALF_UP.round(d).to_plain(), "1113.27");
        let even = Rounding::new(Money::from_minor(1), RoundingMode::HalfEven);
        assert_eq!(even.round(d).to_plain(), "1113.26");
        let rupee = Rounding::new(Money::units(1), RoundingMode::HalfUp);
        assert_eq!(rupee.round(d).to_plain(), "1113.00");
        let ten = Rounding::new(Money::units(10), RoundingMode::Truncate);
        assert_eq!(ten.round(d).to_plain(), "1110.00");
    }

    /// Reads an Excel number back as money the way the book shows it: rounded to two decimals.
    fn from_excel(v: f64) -> Money {
        let text = format!("{v:.2}");
        Money::from_decimal(Decimal::from_str(&text).unwrap()).unwrap()
    }

    /// The largest amount `to_excel_number` is exact for, in minor units: 10^13 units less one paisa.
    const EXCEL_EXACT_MAX: i64 = 999_999_999_999_999;

    #[test]
    fn excel_numbers_round_trip_to_the_paisa_at_the_boundaries() {
        let edges = [
            0,
            1,
            5,
            10,
            99,
            100,
            101,
            12_345,
            30, // 0.30, not 0.1 + 0.2
            999_999_999, // 99,99,999.99
            1_000_000_000_000,
            EXCEL_EXACT_MAX - 1,
            EXCEL_EXACT_MAX,
        ];
        for m in edges.into_iter().flat_map(|m| [m, -m]) {
            let money = Money::from_minor(m);
            let v = money.to_excel_number();
            assert_eq!(from_excel(v), money, "{} → {v:?}", money.to_plain());
            assert_eq!(format!("{v:.2}"), money.to_plain());
        }
        assert_eq!(Money::from_minor(-1).to_excel_number(), -0.01);
        assert_eq!(Money::from_minor(123_456).to_excel_number(), 1234.56);
        // The bound is real: far past it a double no longer holds every paisa.
        let past = Money::from_minor(100_000_000_000_000_001);
        assert_ne!(from_excel(past.to_excel_number()), past);
    }

    proptest! {
        #[test]
        fn excel_numbers_round_trip_below_ten_trillion(m in -EXCEL_EXACT_MAX..=EXCEL_EXACT_MAX) {
            let money = Money::from_minor(m);
            prop_assert_eq!(from_excel(money.to_excel_number()), money);
        }

        #[test]
        fn minor_units_round_trip(m in -MAX_INPUT_MINOR..=MAX_INPUT_MINOR) {
            let money = Money::from_minor(m);
            prop_assert_eq!(money.minor(), m);
            let back = Money::parse_plain(&money.abs().to_plain(), Currency::Thb).unwrap();
            prop_assert_eq!(back, money.abs());
        }
    }
}
