/// A number cell's value as the text a user sees for it.
enum ExcelNumberText {
    /// Integers up to 15 digits, Excel's precision, are written whole: `999993953`, and
    /// `1000000000` for a value stored as `1.0E+9`. Other numbers take the shortest text that
    /// reads back as the same `Double` (`0.1`, `12.75`, `1e+20`). Text that is not a number is
    /// returned as it is.
    ///
    /// - Complexity: O(n) in the length of `raw`.
    static func text(_ raw: String) -> String {
        if isPlainInteger(raw) { return raw }
        guard let value = Double(raw), value.isFinite else { return raw }
        return text(value)
    }

    /// The text of `value`: whole up to 15 digits, otherwise the shortest that reads back the same.
    static func text(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Whether `raw` is already written the way a `Double` would be written here: up to
    /// 15 digits, without a leading zero. Most number cells are, and skip the conversion.
    private static func isPlainInteger(_ raw: String) -> Bool {
        let digits = raw.utf8
        guard let first = digits.first, digits.count <= 15, first != UInt8(ascii: "0") || digits.count == 1 else { return false }
        return digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
