import Foundation
import InstitutionGraph

extension PrintedTable {
    /// Rows made together, as one task.
    private static let rowsPerPart = 4096

    /// Appends the columns padded to the widest cell by display width (Hangul counts two),
    /// separated by two spaces, with a rule under the header, in UTF-8. Trailing spaces are
    /// trimmed.
    ///
    /// Each row is made once, on every core, into a part's compact text (its cells' bytes, and
    /// the display width of each cell to be padded); once every column's width is known, each
    /// part's lines are padded into `text` and the part let go.
    ///
    /// - Complexity: O(characters); in memory, the text and at most the rows' cells once more,
    ///   with no object per cell.
    func appendAligned(to text: inout [UInt8]) {
        // A left-aligned last column needs no padding: its cells end the line.
        let paddedColumns = columns.last?.alignment == .left ? columns.count - 1 : columns.count
        let header = columns.map(\.header)
        let parts = stride(from: 0, to: rowCount, by: Self.rowsPerPart).map { $0..<min($0 + Self.rowsPerPart, rowCount) }
        var madeParts: [Part?] = parts.concurrentMap(minimumPerStretch: 1) { Part(rows: $0, of: self, paddedColumns: paddedColumns) }
        var widths = header.map(DisplayWidth.of)
        var partBytes = 0
        for case let part? in madeParts {
            widths = zip(widths, part.widths).map { Swift.max($0, $1) }
            partBytes += part.bytes.count
        }
        let layout = Layout(widths: widths, alignments: columns.map(\.alignment), paddedColumns: paddedColumns)
        let headerCells = header.map { (length: UInt32($0.utf8.count), width: UInt32(DisplayWidth.of($0))) }
        layout.appendLine(headerCells[...], bytes: Array(header.joined().utf8)[...], to: &text)
        text.append(contentsOf: widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ").utf8)
        text.append(UInt8(ascii: "\n"))
        // A line is at most its cells' bytes, its padded columns' widths, its separators and its
        // line feed: reserved once, the text is not copied as it grows.
        let lineBytes = widths[..<paddedColumns].reduce(0, +) + 2 * Swift.max(0, columns.count - 1) + 1
        text.reserveCapacity(text.count + rowCount * lineBytes + partBytes)
        for index in madeParts.indices {
            madeParts[index]?.appendLines(with: layout, to: &text)
            madeParts[index] = nil
        }
    }

    /// The rows of one part, made once: their cells' bytes side by side, where each cell ends,
    /// and each padded cell's display width.
    private struct Part: Sendable {
        var bytes: [UInt8] = []
        /// For each cell, its length in bytes and, in a padded column, its display width (else 0).
        var cells: [(length: UInt32, width: UInt32)] = []
        /// Where each row's cells start in ``cells``, and where the last row's end.
        var rowStarts: [UInt32] = [0]
        /// Each column's width over the part's rows, 0 for a column none of its cells widens.
        var widths: [Int]

        init(rows: Range<Int>, of table: PrintedTable, paddedColumns: Int) {
            widths = Array(repeating: 0, count: table.columns.count)
            for index in rows {
                for (column, cell) in table.row(index).enumerated() {
                    let length = cell.utf8.count
                    var width = 0
                    if column < paddedColumns {
                        width = DisplayWidth.of(cell)
                        widths[column] = Swift.max(widths[column], width)
                    } else if length > widths[column] {
                        // A cell is never wider than its UTF-8 bytes: an unpadded one that cannot
                        // widen its column (only the rule needs that width) is not measured.
                        widths[column] = Swift.max(widths[column], DisplayWidth.of(cell))
                    }
                    bytes.append(contentsOf: cell.utf8)
                    cells.append((UInt32(length), UInt32(width)))
                }
                rowStarts.append(UInt32(cells.count))
            }
        }

        /// Appends the part's rows as lines laid out by `layout`.
        func appendLines(with layout: Layout, to text: inout [UInt8]) {
            var start = 0
            for row in 0..<(rowStarts.count - 1) {
                let rowCells = cells[Int(rowStarts[row])..<Int(rowStarts[row + 1])]
                let length = rowCells.reduce(0) { $0 + Int($1.length) }
                layout.appendLine(rowCells, bytes: bytes[start..<start + length], to: &text)
                start += length
            }
        }
    }

    /// How each line of an aligned table is laid out.
    private struct Layout: Sendable {
        let widths: [Int]
        let alignments: [TextTable.Alignment]
        let paddedColumns: Int

        /// Appends a line of cells, given as each one's length and display width and their bytes
        /// side by side, each padded to its column's width, trailing spaces trimmed.
        func appendLine(_ cells: ArraySlice<(length: UInt32, width: UInt32)>, bytes: ArraySlice<UInt8>, to text: inout [UInt8]) {
            var start = bytes.startIndex
            for (column, cell) in cells.enumerated() {
                let end = start + Int(cell.length)
                defer { start = end }
                if column > 0 { text.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: " ")]) }
                guard column < paddedColumns else {
                    text.append(contentsOf: bytes[start..<end])
                    continue
                }
                let padding = repeatElement(UInt8(ascii: " "), count: Swift.max(0, widths[column] - Int(cell.width)))
                if alignments[column] == .left {
                    text.append(contentsOf: bytes[start..<end])
                    text.append(contentsOf: padding)
                } else {
                    text.append(contentsOf: padding)
                    text.append(contentsOf: bytes[start..<end])
                }
            }
            while text.last == UInt8(ascii: " ") { text.removeLast() }
            text.append(UInt8(ascii: "\n"))
        }
    }
}
