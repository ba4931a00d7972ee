/// Excel's dates: a number of days (the serial), with the time of day as its fraction, written
/// out as ISO 8601 text.
enum ExcelSerialDate {
    /// The day a workbook's serials count from.
    enum System {
        /// Serial 1 is 1900-01-01, and serial 60 is 1900-02-29, a day that never was: Excel kept
        /// Lotus 1-2-3's mistake of taking 1900 for a leap year, so serials from 61 on are one
        /// more than the days since 1899-12-31.
        case from1900
        /// Serial 0 is 1904-01-01 (old Mac workbooks, `date1904`).
        case from1904
    }

    /// The last day Excel shows as a date, 9999-12-31, in each system.
    private static func lastDay(in system: System) -> Int {
        switch system {
        case .from1900: 2_958_465
        case .from1904: 2_957_003
        }
    }

    /// `2024-03-15`, `2024-03-15T13:45:00` when the serial has a time of day, or `13:45:00` for a
    /// time alone (a serial below 1 in the 1900 system, whose day 0 is no date). Times are
    /// rounded to the second. `nil` for a serial Excel cannot show as a date (negative, or past
    /// 9999-12-31), which then reads as a number.
    static func isoText(serial: Double, system: System) -> String? {
        guard serial >= 0, serial <= Double(lastDay(in: system) + 1) else { return nil }
        let seconds = Int((serial * 86_400).rounded())
        let (day, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        guard day <= lastDay(in: system) else { return nil }
        let time = secondOfDay == 0 ? nil : timeText(secondOfDay)
        let date: String
        switch system {
        case .from1900 where day == 0:
            return time ?? "00:00:00"
        case .from1900 where day == 60:
            date = "1900-02-29"
        case .from1900:
            // 25 569 days separate 1899-12-30 from 1970-01-01; below the fake leap day, one more.
            date = dateText(daysSince1970: day - (day < 60 ? 25_568 : 25_569))
        case .from1904:
            date = dateText(daysSince1970: day - 24_107)
        }
        return time.map { date + "T" + $0 } ?? date
    }

    /// `YYYY-MM-DD` of the day `days` after 1970-01-01, in the proleptic Gregorian calendar.
    ///
    /// Counting from 0000-03-01 puts the leap day at the end of each year, so that a year's
    /// days split into months with one formula; 400-year eras repeat exactly (146 097 days).
    private static func dateText(daysSince1970 days: Int) -> String {
        let sinceMarch0000 = days + 719_468
        let era = sinceMarch0000 / 146_097
        let dayOfEra = sinceMarch0000 - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0)
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    /// `HH:MM:SS`.
    private static func timeText(_ secondOfDay: Int) -> String {
        padded(secondOfDay / 3_600, 2) + ":" + padded(secondOfDay / 60 % 60, 2) + ":" + padded(secondOfDay % 60, 2)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
