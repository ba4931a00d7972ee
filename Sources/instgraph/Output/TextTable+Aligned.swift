import InstitutionGraph

extension TextTable {
    /// Columns padded to the widest cell by display width (Hangul counts two), separated by two
    /// spaces, with a rule under the header. Trailing spaces are trimmed.
    ///
    /// - Complexity: O(characters): each cell is measured once and its bytes copied once.
    func aligned() -> String {
        var text: [UInt8] = []
        appendAligned(to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends the table as ``aligned()`` gives it, in UTF-8.
    func appendAligned(to text: inout [UInt8]) {
        // A left-aligned last column needs no padding: its cells end the line.
        let paddedColumns = columns.last?.alignment == .left ? columns.count - 1 : columns.count
        let header = columns.map(\.header)
        var widths = header.map(DisplayWidth.of)
        var cellWidths: [Int] = []
        cellWidths.reserveCapacity(rows.count * paddedColumns)
        var cellBytes = 0
        for cells in rows {
            for (column, cell) in cells.enumerated() {
                let bytes = cell.utf8.count
                cellBytes += bytes
                // A cell is never wider than its UTF-8 bytes: an unpadded one that cannot widen
                // its column (only the rule needs that width) is not measured.
                guard column < paddedColumns || bytes > widths[column] else { continue }
                let width = DisplayWidth.of(cell)
                if column < paddedColumns { cellWidths.append(width) }
                widths[column] = max(widths[column], width)
            }
        }
        text.reserveCapacity(text.count + cellBytes + (rows.count + 2) * (widths.reduce(0, +) + 2 * columns.count + 1))
        /// Appends `cells` as a line, each padded one to its column's width.
        func append(_ cells: [String], widths cellWidth: (Int) -> Int) {
            for (column, cell) in cells.enumerated() {
                if column > 0 { text.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: " ")]) }
                guard column < paddedColumns else {
                    text.append(contentsOf: cell.utf8)
                    continue
                }
                let padding = repeatElement(UInt8(ascii: " "), count: max(0, widths[column] - cellWidth(column)))
                if columns[column].alignment == .left {
                    text.append(contentsOf: cell.utf8)
                    text.append(contentsOf: padding)
                } else {
                    text.append(contentsOf: padding)
                    text.append(contentsOf: cell.utf8)
                }
            }
            while text.last == UInt8(ascii: " ") { text.removeLast() }
            text.append(UInt8(ascii: "\n"))
        }
        append(header) { DisplayWidth.of(header[$0]) }
        text.append(contentsOf: widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ").utf8)
        text.append(UInt8(ascii: "\n"))
        for (row, cells) in rows.enumerated() {
            append(cells) { cellWidths[row * paddedColumns + $0] }
        }
    }
}
