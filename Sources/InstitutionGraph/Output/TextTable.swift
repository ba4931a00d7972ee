import Foundation

/// A table of text cells that prints as an aligned terminal table, CSV or Markdown.
public struct TextTable: Sendable {
    /// Which side of a column its cells line up on.
    public enum Alignment: Sendable {
        case left, right
    }

    /// A column's header and alignment.
    public struct Column: Sendable {
        public var header: String
        public var alignment: Alignment

        public init(_ header: String, alignment: Alignment = .left) {
            self.header = header
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Columns padded to the widest cell by display width (Hangul counts two), separated by two
    /// spaces, with a rule under the header. Trailing spaces are trimmed.
    public func aligned() -> String {
        let widths = columns.indices.map { column in
            ([columns[column].header] + rows.map { $0[column] }).map(DisplayWidth.of).max() ?? 0
        }
        // A left-aligned last column needs no padding: its cells end the line.
        let paddedColumns = columns.last?.alignment == .left ? columns.count - 1 : columns.count
        func line(_ cells: [String]) -> String {
            let padded = cells.indices.map {
                $0 < paddedColumns ? DisplayWidth.pad(cells[$0], to: widths[$0], alignment: columns[$0].alignment) : cells[$0]
            }
            var text = padded.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(columns.map(\.header)), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// RFC 4180 CSV with a header row; fields holding commas, quotes or line breaks are quoted.
    public func csv() -> String {
        var text = ""
        for line in [columns.map(\.header)] + rows {
            for (position, field) in line.enumerated() {
                if position > 0 { text += "," }
                Self.appendCSVField(field, to: &text)
            }
            text += "\n"
        }
        return text
    }

    /// A GitHub-flavoured Markdown table; `|` in cells is escaped.
    public func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| "
                + cells.map { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: " | ") + " |"
        }
        let rule = "|" + columns.map { $0.alignment == .right ? "---:|" : "---|" }.joined()
        return ([line(columns.map(\.header)), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// Appends `field` to `text`, quoted when it holds a comma, a quote or a line break.
    static func appendCSVField(_ field: String, to text: inout String) {
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { text += field; return }
        text += "\""
        text += field.replacingOccurrences(of: "\"", with: "\"\"")
        text += "\""
    }
}
