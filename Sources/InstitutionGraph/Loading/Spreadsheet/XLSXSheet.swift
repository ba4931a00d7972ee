/// One worksheet of an .xlsx workbook, read as rows of text.
///
/// Each cell reads as the text a user sees in it: shared, inline and rich text as written,
/// booleans as `TRUE` and `FALSE`, errors such as `#N/A` as written, numbers without a needless
/// `.0` (`999993953`, not `9.99993953E8`), and numbers in a date format as ISO 8601 dates
/// (`2025-08-04`, or `2025-08-04T09:30:00` with a time of day).
struct XLSXSheet {
    /// The sheet's name as Excel shows it (e.g. "Sheet1", "참여기관").
    let name: String
    /// Every non-empty row in order: its 1-based row number and its cells as text, dense from column A
    /// (a missing cell is ""), trailing empty cells trimmed.
    let rows: [(row: Int, cells: [String])]
    /// The names of every sheet in the workbook, in workbook order.
    let sheetNames: [String]

    /// Reads the sheet called `sheet` (the first sheet when nil) of the workbook in `bytes`.
    /// `displayPath` is how errors name the file.
    ///
    /// A name that matches no sheet exactly may match one in other letter case, as Excel treats
    /// sheet names.
    ///
    /// - Throws: ``DatasetLoadError`` when `bytes` are not an .xlsx workbook (an old .xls, an
    ///   encrypted workbook, another file), when the sheet is missing, when a part is damaged, or
    ///   when a part would unpack past ``XLSXPackage/maxPartSize`` (a ZIP bomb).
    /// - Complexity: O(n) in the unpacked size of the sheet, the shared strings and the styles.
    init(bytes: [UInt8], displayPath: String, sheet: String?) throws {
        let package = try XLSXPackage(bytes: bytes, displayPath: displayPath)
        let workbook = try XLSXWorkbook(in: package)
        let chosen = try Self.choose(sheet, in: workbook, file: displayPath)
        let location = SourceLocation(file: displayPath, sheet: chosen.name)
        let damaged = "the workbook is damaged: open it in Excel and save it again"
        guard let id = chosen.relationshipID, let target = workbook.relationships.targets[id] else {
            throw DatasetLoadError("the workbook does not say where sheet '\(chosen.name)' is stored; \(damaged)", at: location)
        }
        guard target.type.isEmpty || target.type.hasSuffix("/worksheet") else {
            let kind = target.type.split(separator: "/").last.map(String.init) ?? target.type
            throw DatasetLoadError(
                "'\(chosen.name)' is a \(kind), not a worksheet of cells; choose one of the sheets: \(workbook.sheets.map(\.name).joined(separator: ", "))",
                at: location)
        }
        guard let data = try package.read(target.path) else {
            throw DatasetLoadError("sheet '\(chosen.name)' should be stored in \(target.path), which is missing; \(damaged)", at: location)
        }
        let sharedStrings = try XLSXSharedStrings.read(
            workbook.relationships.first(ofKind: "sharedStrings")?.path ?? "xl/sharedStrings.xml", in: package)
        let styles = try XLSXStyles(workbook.relationships.first(ofKind: "styles")?.path ?? "xl/styles.xml", in: package)
        let cellText = XLSXCellText(
            sharedStrings: sharedStrings, styles: styles, dateSystem: workbook.uses1904Dates ? .from1904 : .from1900)
        let reader = XLSXWorksheetReader(cellText: cellText, location: location)
        try XMLPartReader.read(data, part: target.path, location: location, into: reader)
        self.name = chosen.name
        self.rows = reader.rows
        self.sheetNames = workbook.sheets.map(\.name)
    }

    /// The sheet called `name`, or the first sheet when `name` is nil.
    private static func choose(_ name: String?, in workbook: XLSXWorkbook, file: String) throws(DatasetLoadError) -> XLSXWorkbook.Sheet {
        let location = SourceLocation(file: file)
        guard let first = workbook.sheets.first else {
            throw DatasetLoadError("the workbook has no sheets; open it in Excel, put the table on a sheet and save it again", at: location)
        }
        guard let name else { return first }
        if let sheet = workbook.sheets.first(where: { $0.name == name })
            ?? workbook.sheets.first(where: { $0.name.lowercased() == name.lowercased() })
        {
            return sheet
        }
        let names = workbook.sheets.map(\.name)
        let suggestion = Suggestions.phrase(Suggestions.closest(to: name, among: names))
        throw DatasetLoadError(
            "no sheet named '\(name)' in \(file); its sheets are: \(names.joined(separator: ", "))" + (suggestion.isEmpty ? "" : "; " + suggestion),
            at: location)
    }
}
