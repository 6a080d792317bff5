//! Calendar dates (UTC, proleptic Gregorian) from the system clock, without
//! a date crate: the catalogue's and the Akoma Ntoso markup's `YYYY-MM-DD`,
//! a Word tracked change's timestamp and the year citations are judged in.

/// A civil date: year, month (1 to 12) and day (1 to 31).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    pub year: i64,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// The date `days` days after 1970-01-01 (before it when negative):
    /// Howard Hinnant's `civil_from_days`.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        // Both are in 1..=31 and 1..=12 by construction.
        Date {
            year,
            month: month as u32,
            day: day as u32,
        }
    }

    /// The date (UTC) `secs` seconds after 1970-01-01T00:00:00Z.
    pub fn from_epoch_secs(secs: u64) -> Date {
        Date::from_days((secs / SECS_PER_DAY) as i64)
    }
}

/// `YYYY-MM-DD`.
impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub const SECS_PER_DAY: u64 = 86_400;

/// Seconds since 1970-01-01T00:00:00Z by the system clock (0 if the clock
/// is set before it).
pub fn now_epoch_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(days: i64) -> String {
        Date::from_days(days).to_string()
    }

    #[test]
    fn known_dates() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(31), "1970-02-01");
        assert_eq!(date(59), "1970-03-01");
        assert_eq!(date(365), "1971-01-01");
        // 2000 is a leap year (divisible by 400).
        assert_eq!(date(11_015), "2000-02-28");
        assert_eq!(date(11_016), "2000-02-29");
        assert_eq!(date(11_017), "2000-03-01");
        // 2100 is not.
        assert_eq!(date(47_540), "2100-02-28");
        assert_eq!(date(47_541), "2100-03-01");
        assert_eq!(date(20_788), "2026-12-01");
        assert_eq!(date(20_818), "2026-12-31");
        assert_eq!(date(20_819), "2027-01-01");
    }

    #[test]
    fn dates_before_1970() {
        assert_eq!(date(-1), "1969-12-31");
        assert_eq!(date(-365), "1969-01-01");
        // 1900 is not a leap year.
        assert_eq!(date(-25_509), "1900-02-28");
        assert_eq!(date(-25_508), "1900-03-01");
        assert_eq!(date(-719_468), "0000-03-01");
    }

    #[test]
    fn from_epoch_secs_takes_the_day_the_second_is_in() {
        assert_eq!(Date::from_epoch_secs(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_epoch_secs(86_399).to_string(), "1970-01-01");
        assert_eq!(Date::from_epoch_secs(86_400).to_string(), "1970-01-02");
        // 2026-12-01T09:30:00Z.
        assert_eq!(
            Date::from_epoch_secs(1_796_117_400).to_string(),
            "2026-12-01"
        );
    }

    #[test]
    fn every_day_follows_the_one_before() {
        // From 1600-01-01 to 2400-12-31, each date is the day after the
        // previous one, the months have their lengths, and leap years are
        // the Gregorian ones.
        let leap = |y: i64| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let length = |y: i64, m: u32| match m {
            2 if leap(y) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        let mut previous = Date::from_days(-135_140);
        assert_eq!(previous.to_string(), "1600-01-01");
        for days in -135_139..157_420 {
            let d = Date::from_days(days);
            let expected = if previous.day < length(previous.year, previous.month) {
                Date {
                    day: previous.day + 1,
                    ..previous
                }
            } else if previous.month < 12 {
                Date {
                    month: previous.month + 1,
                    day: 1,
                    ..previous
                }
            } else {
                Date {
                    year: previous.year + 1,
                    month: 1,
                    day: 1,
                }
            };
            assert_eq!(d, expected, "day {days}");
            previous = d;
        }
        assert_eq!(previous.to_string(), "2400-12-31");
    }
}
