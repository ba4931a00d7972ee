/// Reads a worksheet part's `<sheetData>` into rows of text cells, as ``XLSXSheet/rows`` holds them.
///
/// It keeps one row in progress, so memory follows the sheet's text. Cells and rows without a
/// reference (`r`) follow the previous one, as Excel reads them.
final class XLSXWorksheetReader: XMLPartHandler {
    /// The most cells the rows may span, counting the empty cells before each row's last one:
    /// 50 million. A stray value in column XFD makes a row 16 384 cells wide.
    static let maxCells = 50_000_000

    /// The non-empty rows read so far.
    private(set) var rows: [(row: Int, cells: [String])] = []

    private let cellText: XLSXCellText
    /// The file and sheet, for diagnostics.
    private let location: SourceLocation

    private var inSheetData = false
    private var rowNumber = 0
    private var cells: [String] = []
    private var column = 0
    private var cellCount = 0

    /// The cell being read, from its `<c>` to its `</c>`.
    private var kind = XLSXCellText.Kind.number
    private var style = 0
    private var value = ""
    private var inlineText = ""
    private var inInlineString = false
    private var phoneticDepth = 0
    private var capture = Capture.none

    /// Where text inside the current cell goes.
    private enum Capture { case none, value, inlineText }

    init(cellText: XLSXCellText, location: SourceLocation) {
        self.cellText = cellText
        self.location = location
    }

    func start(_ element: String, attributes: XMLPartAttributes) throws(DatasetLoadError) {
        guard inSheetData else {
            inSheetData = element == "sheetData"
            return
        }
        switch element {
        case "row": try startRow(attributes)
        case "c": try startCell(attributes)
        case "v": capture = .value
        case "is": inInlineString = true
        case "t" where inInlineString && phoneticDepth == 0: capture = .inlineText
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    func end(_ element: String) throws(DatasetLoadError) {
        guard inSheetData else { return }
        switch element {
        case "sheetData": inSheetData = false
        case "row": endRow()
        case "c": try endCell()
        case "v", "t": capture = .none
        case "is": inInlineString = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    func text(_ text: String) {
        switch capture {
        case .none: break
        case .value: value += text
        case .inlineText: inlineText += text
        }
    }

    private func startRow(_ attributes: XMLPartAttributes) throws(DatasetLoadError) {
        if let reference = attributes["r"] {
            guard let row = CellReference.row(Substring(reference)) else {
                throw DatasetLoadError(
                    "row number '\(reference)' is not a row of a sheet (1 to \(CellReference.maxRow)); the workbook is damaged: open it in Excel and save it again",
                    at: SourceLocation(file: location.file, line: rowNumber + 1, sheet: location.sheet))
            }
            rowNumber = row
        } else {
            rowNumber += 1
        }
        cells = []
        column = 0
    }

    private func startCell(_ attributes: XMLPartAttributes) throws(DatasetLoadError) {
        if let reference = attributes["r"] {
            guard let cell = CellReference(reference) else {
                throw DatasetLoadError(
                    "'\(reference)' is not a cell reference from A1 to XFD\(CellReference.maxRow); the workbook is damaged: open it in Excel and save it again",
                    at: SourceLocation(file: location.file, line: rowNumber, sheet: location.sheet))
            }
            column = cell.column
        } else {
            column += 1
        }
        kind = XLSXCellText.Kind(attributes["t"])
        style = attributes["s"].flatMap { Int($0) } ?? 0
        value = ""
        inlineText = ""
    }

    private func endCell() throws(DatasetLoadError) {
        let cellLocation = SourceLocation(file: location.file, line: rowNumber, column: column, sheet: location.sheet)
        guard column <= CellReference.maxColumn else {
            throw DatasetLoadError(
                "the row has a cell past column XFD, Excel's last; the workbook is damaged: open it in Excel and save it again",
                at: cellLocation)
        }
        let text = try cellText.text(kind: kind, value: value, inlineText: inlineText, style: style, at: cellLocation)
        if column <= cells.count {
            cells[column - 1] = text
        } else if !text.isEmpty {
            cellCount += column - cells.count
            guard cellCount <= Self.maxCells else {
                throw DatasetLoadError(
                    "the sheet spans more than \(Self.maxCells) cells (counting the empty cells left of each row's last value); delete stray values far to the right or below the table, or save the table as CSV UTF-8",
                    at: cellLocation)
            }
            cells.append(contentsOf: repeatElement("", count: column - 1 - cells.count))
            cells.append(text)
        }
    }

    private func endRow() {
        while cells.last?.isEmpty == true { cells.removeLast() }
        if !cells.isEmpty { rows.append((rowNumber, cells)) }
        cells = []
    }
}
