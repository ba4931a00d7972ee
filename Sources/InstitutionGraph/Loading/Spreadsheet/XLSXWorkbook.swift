/// What `xl/workbook.xml` and its relationships say: the sheets in order, where each sheet's XML
/// is, where the shared strings and styles are, and which date system serial dates count from.
struct XLSXWorkbook {
    /// The workbook part every .xlsx holds.
    static let part = "xl/workbook.xml"

    /// One sheet, as the workbook lists it.
    struct Sheet {
        /// The name on the sheet's tab.
        let name: String
        /// The relationship that points to the sheet's part.
        let relationshipID: String?
    }

    /// Every sheet, in the order of the tabs.
    let sheets: [Sheet]
    /// Whether serial dates count from 1904 rather than 1900 (`<workbookPr date1904="1"/>`).
    let uses1904Dates: Bool
    /// Where the workbook's parts are.
    let relationships: XLSXRelationships

    /// Reads the workbook part and its relationships.
    ///
    /// - Throws: ``DatasetLoadError`` when the package has no workbook part (it is a ZIP archive
    ///   but not a workbook) or the part is damaged.
    init(in package: XLSXPackage) throws(DatasetLoadError) {
        let location = SourceLocation(file: package.displayPath)
        guard let data = try package.read(Self.part) else {
            let kind = package.contains("content.xml") ? "an OpenDocument file (.ods)" : "a ZIP archive"
            throw DatasetLoadError(
                "this is \(kind), not an Excel .xlsx workbook (it has no \(Self.part)); open it in Excel or LibreOffice and save it as .xlsx or CSV UTF-8",
                at: location)
        }
        let reader = Reader()
        try XMLPartReader.read(data, part: Self.part, location: location, into: reader)
        sheets = reader.sheets
        uses1904Dates = reader.uses1904Dates
        relationships = try XLSXRelationships(of: Self.part, in: package)
    }

    /// Collects `<sheet>` and `<workbookPr>`.
    private final class Reader: XMLPartHandler {
        var sheets: [Sheet] = []
        var uses1904Dates = false

        func start(_ element: String, attributes: XMLPartAttributes) {
            switch element {
            case "sheet":
                sheets.append(Sheet(name: attributes["name"] ?? "", relationshipID: attributes["id"]))
            case "workbookPr":
                uses1904Dates = ["1", "true"].contains(attributes["date1904"]?.lowercased())
            default:
                break
            }
        }

        func end(_ element: String) {}
        func text(_ text: String) {}
    }
}
