/// Which Excel number formats show a number as a date or a time.
enum ExcelNumberFormat {
    /// Whether the built-in format `id` is a date or a time: 14–22 and 45–47 everywhere, and
    /// 27–36 and 50–58, which Excel reserves for dates in Korean, Japanese and Chinese locales
    /// (a Korean workbook's `yyyy"년" mm"월" dd"일"` can be id 31 with no format code written).
    static func isDate(builtIn id: Int) -> Bool {
        [14...22, 27...36, 45...47, 50...58].contains { $0.contains(id) }
    }

    /// Whether a custom format code shows a date or a time: it holds one of the tokens `y`, `m`,
    /// `d`, `h` or `s` outside quoted text (`"units"`), escapes (`\d`, `_s`, `*m`) and brackets
    /// (`[Red]`, `[$-412]`), or an elapsed-time bracket such as `[h]`.
    ///
    /// - Complexity: O(n) in the length of `code`.
    static func isDate(formatCode code: String) -> Bool {
        var characters = code.lowercased().makeIterator()
        while let character = characters.next() {
            switch character {
            case "\"":
                while let quoted = characters.next(), quoted != "\"" {}
            case "\\", "_", "*":
                _ = characters.next()
            case "[":
                var bracketed = ""
                while let inside = characters.next(), inside != "]" { bracketed.append(inside) }
                if !bracketed.isEmpty, bracketed.allSatisfy({ "hms".contains($0) }) { return true }
            case "y", "m", "d", "h", "s":
                return true
            default:
                continue
            }
        }
        return false
    }
}
