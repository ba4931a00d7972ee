/// The cell formats of a workbook (`xl/styles.xml`), reduced to what reading text needs: which
/// cell formats show their number as a date.
struct XLSXStyles {
    /// For each cell format (`<cellXfs>`, which a cell's `s` attribute indexes), whether its number
    /// format is a date or a time.
    let dateFormats: [Bool]

    /// Reads the styles part at `part`; a workbook without one has no date formats.
    ///
    /// - Throws: ``DatasetLoadError`` for a damaged part.
    init(_ part: String, in package: XLSXPackage) throws(DatasetLoadError) {
        guard let data = try package.read(part) else {
            dateFormats = []
            return
        }
        let reader = Reader()
        try XMLPartReader.read(data, part: part, location: SourceLocation(file: package.displayPath), into: reader)
        dateFormats = reader.cellFormats.map { id in
            if let code = reader.customFormats[id] { return ExcelNumberFormat.isDate(formatCode: code) }
            return ExcelNumberFormat.isDate(builtIn: id)
        }
    }

    /// Whether cell format `index` shows a date; an unknown index does not.
    func isDate(_ index: Int) -> Bool {
        dateFormats.indices.contains(index) && dateFormats[index]
    }

    /// Collects `<numFmt>` codes and the `numFmtId` of each `<xf>` inside `<cellXfs>` (0, General,
    /// when it has none).
    private final class Reader: XMLPartHandler {
        var customFormats: [Int: String] = [:]
        var cellFormats: [Int] = []
        private var inCellFormats = false

        func start(_ element: String, attributes: XMLPartAttributes) {
            switch element {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                    customFormats[id] = code
                }
            case "cellXfs":
                inCellFormats = true
            case "xf" where inCellFormats:
                cellFormats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default:
                break
            }
        }

        func end(_ element: String) {
            if element == "cellXfs" { inCellFormats = false }
        }

        func text(_ text: String) {}
    }
}
