/// User text (names, titles, tooltips) made to reach a drawing exactly as written.
///
/// Graphviz reads some of a string's characters as markup: a backslash starts an escape (`\N` is
/// the node's name, `\n` a line break, and `\"` before a quote makes cgraph's DOT writer close the
/// string early, so that the rest is read as DOT), and in labels `&amp;` and other entities are
/// decoded. Characters that XML 1.0 cannot hold make SVG that no XML reader accepts.
public enum GraphvizText {
    /// `text` with every backslash doubled (Graphviz draws `\\` as one backslash), every `&`
    /// written `&amp;` (drawn as `&`), and every character XML 1.0 forbids (control characters
    /// but tab and line feed, lone surrogates cannot occur in Swift strings, U+FFFE and U+FFFF)
    /// replaced by U+FFFD.
    public static func literal(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") || $0 < 0x20 || $0 == 0xEF }) else {
            return text
        }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "&": result += "&amp;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result.unicodeScalars.append("\u{FFFD}")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
