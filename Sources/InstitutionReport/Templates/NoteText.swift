import Mustache

/// The escaping of the report's notes (`{{%CONTENT_TYPE:HTML_NOTE}}` in `report.html`,
/// `MARKDOWN_NOTE` in `report.md`): each span between a pair of backquotes — a command to type,
/// such as `` `instgraph whatif --each` `` — is set as code, and the rest escaped as usual. A note
/// with an unpaired backquote is escaped whole, its backquotes kept as they are.
///
/// Only the notes, which the report writes itself, are set this way: names and values from a
/// dataset go through the plain escaping, so a backquote in a name stays a backquote.
private func settingCode(_ text: String, code: (Substring) -> String, escaped: (Substring) -> String) -> String {
    let spans = text.split(separator: "`", omittingEmptySubsequences: false)
    guard spans.count > 1, spans.count % 2 == 1 else { return escaped(text[...]) }
    return spans.enumerated().map { index, span in index % 2 == 1 ? code(span) : escaped(span) }.joined()
}

/// A note in the HTML report: HTML text, commands as `<code>`.
struct HTMLNoteText: MustacheContentType {
    func escapeText(_ text: String) -> String {
        settingCode(text, code: { "<code>" + Self.escaped($0) + "</code>" }, escaped: Self.escaped)
    }

    private static func escaped(_ text: Substring) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// A note in the Markdown report: Markdown text (as ``MarkdownTableText`` escapes it), commands as
/// code spans, whose text Markdown takes as it is.
struct MarkdownNoteText: MustacheContentType {
    func escapeText(_ text: String) -> String {
        settingCode(text, code: { "`" + $0 + "`" }, escaped: { MarkdownTableText().escapeText(String($0)) })
    }
}
