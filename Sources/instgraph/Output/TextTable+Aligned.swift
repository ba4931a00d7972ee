import InstitutionGraph

extension TextTable {
    /// Columns padded to the widest cell by display width (Hangul counts two), separated by two
    /// spaces, with a rule under the header. Trailing spaces are trimmed.
    func aligned() -> String {
        let widths = columns.indices.map { column in
            ([columns[column].header] + rows.map { $0[column] }).map(DisplayWidth.of).max() ?? 0
        }
        // A left-aligned last column needs no padding: its cells end the line.
        let paddedColumns = columns.last?.alignment == .left ? columns.count - 1 : columns.count
        func line(_ cells: [String]) -> String {
            let padded = cells.indices.map {
                $0 < paddedColumns ? Self.pad(cells[$0], to: widths[$0], alignment: columns[$0].alignment) : cells[$0]
            }
            var text = padded.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(columns.map(\.header)), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// `text` padded with spaces to `width` columns, on the right (`.left`) or the left (`.right`).
    private static func pad(_ text: String, to width: Int, alignment: Alignment) -> String {
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        return alignment == .left ? text + padding : padding + text
    }
}
