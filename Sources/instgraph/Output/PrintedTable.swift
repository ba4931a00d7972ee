import InstitutionGraph

/// A table a command prints: its columns, and its rows held as cells or made one at a time as
/// they are printed, so that a table of a million rows is never held whole as cells, only as
/// the text it becomes.
struct PrintedTable: Sendable {
    let columns: [TextTable.Column]
    /// How many rows the table has.
    let rowCount: Int
    /// The cells of row `index`, one per column; called again each time the row is needed.
    private let makeRow: @Sendable (Int) -> [String]

    /// A table whose rows `row(index)` makes, for `index` in `0..<rowCount`.
    init(columns: [TextTable.Column], rowCount: Int, row: @escaping @Sendable (Int) -> [String]) {
        (self.columns, self.rowCount, self.makeRow) = (columns, rowCount, row)
    }

    /// A table whose rows are already made.
    init(_ table: TextTable) {
        let rows = table.rows
        self.init(columns: table.columns, rowCount: rows.count) { rows[$0] }
    }

    /// The cells of row `index`.
    func row(_ index: Int) -> [String] { makeRow(index) }

    /// RFC 4180 CSV with a header row, in UTF-8, as ``TextTable/csv()`` writes it.
    func appendCSV(to text: inout [UInt8]) {
        TextTable.appendCSVRecord(columns.map(\.header), to: &text)
        for index in 0..<rowCount { TextTable.appendCSVRecord(row(index), to: &text) }
    }
}
