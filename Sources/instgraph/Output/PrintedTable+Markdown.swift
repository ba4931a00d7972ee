import InstitutionGraph

extension PrintedTable {
    /// Appends the table as GitHub-flavoured Markdown, in UTF-8; `|` in cells is escaped and
    /// line breaks become spaces.
    func appendMarkdown(to text: inout [UInt8]) {
        func append(_ cells: [String]) {
            text.append(UInt8(ascii: "|"))
            for cell in cells {
                text.append(UInt8(ascii: " "))
                for byte in cell.utf8 {
                    switch byte {
                    case UInt8(ascii: "|"): text.append(contentsOf: "\\|".utf8)
                    case UInt8(ascii: "\n"): text.append(UInt8(ascii: " "))
                    default: text.append(byte)
                    }
                }
                text.append(contentsOf: " |".utf8)
            }
            text.append(UInt8(ascii: "\n"))
        }
        append(columns.map(\.header))
        text.append(UInt8(ascii: "|"))
        for column in columns { text.append(contentsOf: (column.alignment == .right ? "---:|" : "---|").utf8) }
        text.append(UInt8(ascii: "\n"))
        for index in 0..<rowCount { append(row(index)) }
    }
}
